// CLI case: the command line is in cli-print-array.json (noFile); this file is not run.
