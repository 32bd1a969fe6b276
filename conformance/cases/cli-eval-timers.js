// CLI case: the command line is in cli-eval-timers.json (noFile); this file is not run.
