// CLI case: the command line is in cli-print-last-expression.json (noFile); this file is not run.
