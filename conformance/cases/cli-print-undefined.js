// CLI case: the command line is in cli-print-undefined.json (noFile); this file is not run.
