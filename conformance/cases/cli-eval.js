// CLI case: the command line is in cli-eval.json (noFile); this file is not run.
