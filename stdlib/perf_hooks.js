'use strict';
// node:perf_hooks - `performance` and user timing are real; observers and histograms are not
// implemented yet and throw ERR_COIL_NOT_IMPLEMENTED.

const perf = require('internal/perf/performance');
const { stubFunction, stubClass } = require('internal/not_implemented');

module.exports = {
  performance: perf.performance,
  Performance: perf.Performance,
  PerformanceEntry: perf.PerformanceEntry,
  PerformanceMark: perf.PerformanceMark,
  PerformanceMeasure: perf.PerformanceMeasure,
  PerformanceObserver: stubClass('perf_hooks.PerformanceObserver', 'PerformanceObserver'),
  monitorEventLoopDelay: stubFunction('perf_hooks.monitorEventLoopDelay()', 'monitorEventLoopDelay'),
  createHistogram: stubFunction('perf_hooks.createHistogram()', 'createHistogram'),
};
