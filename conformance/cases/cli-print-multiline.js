// CLI case: the command line is in cli-print-multiline.json (noFile); this file is not run.
