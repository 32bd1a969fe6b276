// CLI case: the command line is in cli-stdin-throw.json (noFile); this file is not run.
