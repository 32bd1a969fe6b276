// CLI case: the command line is in cli-print-number.json (noFile); this file is not run.
