// CLI case: the command line is in cli-print-string.json (noFile); this file is not run.
