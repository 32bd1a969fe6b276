// CLI case: the command line is in cli-stdin-noargs.json (noFile); this file is not run.
