// CLI case: the command line is in cli-eval-combined-print.json (noFile); this file is not run.
