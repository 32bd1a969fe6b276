'use strict';
// The `performance` global: now() and timeOrigin (marks and measures arrive with perf_hooks).

const binding = internalBinding('process_methods');
const timeOrigin = Date.now() - binding.performanceNow();

class Performance {
  now() { return binding.performanceNow(); }
  get timeOrigin() { return timeOrigin; }
  toJSON() { return { timeOrigin }; }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

module.exports = { performance: new Performance(), Performance };
