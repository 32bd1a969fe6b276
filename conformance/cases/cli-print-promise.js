// CLI case: the command line is in cli-print-promise.json (noFile); this file is not run.
