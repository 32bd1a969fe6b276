// CLI case: the command line is in cli-stdin-exit-code.json (noFile); this file is not run.
