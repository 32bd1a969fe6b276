// CLI case: the command line is in cli-eval-throw.json (noFile); this file is not run.
