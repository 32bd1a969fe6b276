// CLI case: the command line is in cli-eval-exit-code.json (noFile); this file is not run.
