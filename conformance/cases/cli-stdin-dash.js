// CLI case: the command line is in cli-stdin-dash.json (noFile); this file is not run.
