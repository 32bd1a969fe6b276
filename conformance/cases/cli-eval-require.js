// CLI case: the command line is in cli-eval-require.json (noFile); this file is not run.
