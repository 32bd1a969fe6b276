// CLI case: the command line is in cli-eval-syntax-error.json (noFile); this file is not run.
