// CLI case: the command line is in cli-eval-args.json (noFile); this file is not run.
