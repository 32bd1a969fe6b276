// CLI case: the command line is in cli-missing-file.json (noFile); this file is not run.
