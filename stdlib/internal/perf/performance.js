'use strict';
// The `performance` global: now(), timeOrigin, and user timing (mark, measure, getEntries*,
// clearMarks, clearMeasures).

const binding = internalBinding('process_methods');
const timeOrigin = Date.now() - binding.performanceNow();
const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail;
  }
  toJSON() {
    const { name, entryType, startTime, duration, detail } = this;
    return { name, entryType, startTime, duration, detail };
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

function invalidName(name) {
  return new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

// Entries in startTime order (stable), as the performance timeline reports them.
function sorted(list) {
  return list.sort((x, y) => x.startTime - y.startTime);
}

function markTime(name) {
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw invalidName(name);
}

class Performance {
  now() { return binding.performanceNow(); }
  get timeOrigin() { return timeOrigin; }
  mark(name, options = {}) {
    if (arguments.length === 0) {
      const error = new TypeError('The "name" argument must be specified');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    const startTime = options?.startTime ?? this.now();
    const mark = new PerformanceMark(`${name}`, 'mark', startTime, 0, options?.detail ?? null);
    entries.push(mark);
    return mark;
  }
  measure(name, startOrOptions, endMark) {
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (startOrOptions.start !== undefined) start = markTime(startOrOptions.start);
      if (startOrOptions.end !== undefined) end = markTime(startOrOptions.end);
      else if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail ?? null;
    } else if (startOrOptions !== undefined) {
      start = markTime(startOrOptions);
    }
    if (endMark !== undefined) end = markTime(endMark);
    if (end === undefined) end = this.now();
    const measure = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  }
  getEntries() { return sorted(entries.slice()); }
  getEntriesByName(name, type) {
    return sorted(entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)));
  }
  getEntriesByType(type) { return sorted(entries.filter((e) => e.entryType === type)); }
  clearMarks(name) { removeEntries('mark', name); }
  clearMeasures(name) { removeEntries('measure', name); }
  toJSON() { return { timeOrigin }; }
}

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) {
      entries.splice(i, 1);
    }
  }
}

Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

module.exports = {
  performance: new Performance(), Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
};
