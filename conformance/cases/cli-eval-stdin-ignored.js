// CLI case: the command line is in cli-eval-stdin-ignored.json (noFile); this file is not run.
