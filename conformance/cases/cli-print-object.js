// CLI case: the command line is in cli-print-object.json (noFile); this file is not run.
