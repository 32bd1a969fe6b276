'use strict';
// fs.watchFile / fs.unwatchFile by polling stat on a timer (what libuv's fs_poll does), and
// fs.watch, which needs file system events (inotify) that coil does not have yet.

const EventEmitter = require('events');
const { getValidatedPath, Stats, getStatsFromBinding } = require('internal/fs/utils');
const { validateFunction, validateObject } = require('internal/validators');

const binding = internalBinding('fs');
const watchers = new Map();

function errors() {
  return require('internal/errors').codes;
}

function zeroStats() {
  return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

function statOrNull(path, bigint) {
  try {
    return getStatsFromBinding(binding.stat(path, bigint));
  } catch {
    return null;
  }
}

function changed(a, b) {
  return a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size ||
    a.mode !== b.mode || a.ino !== b.ino || a.nlink !== b.nlink || a.uid !== b.uid ||
    a.gid !== b.gid || a.birthtimeMs !== b.birthtimeMs;
}

/**
 * The watcher fs.watchFile returns: emits 'change' (current, previous) when a poll sees a
 * difference; ref()/unref() decide whether it keeps the process alive.
 */
class StatWatcher extends EventEmitter {
  #timer = null;
  #previous = null;
  #missing = false;

  start(path, persistent, interval, bigint) {
    this.#previous = statOrNull(path, bigint);
    this.#missing = this.#previous === null;
    let reportedMissing = false;
    this.#timer = setInterval(() => {
      const current = statOrNull(path, bigint);
      if (current === null) {
        if (!this.#missing || !reportedMissing) {
          const previous = this.#previous ?? zeroStats();
          this.#previous = null;
          this.#missing = true;
          reportedMissing = true;
          this.emit('change', zeroStats(), previous);
        }
        return;
      }
      const previous = this.#previous;
      this.#previous = current;
      this.#missing = false;
      reportedMissing = false;
      if (previous === null || changed(current, previous)) {
        this.emit('change', current, previous ?? zeroStats());
      }
    }, interval);
    if (!persistent) this.#timer.unref();
  }

  stop() {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#timer?.ref();
    return this;
  }

  unref() {
    this.#timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = require('path').resolve(getValidatedPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = watchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher();
    watcher.start(filename, options.persistent, options.interval, !!options.bigint);
    watchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = require('path').resolve(getValidatedPath(filename, 'filename'));
  const watcher = watchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    watchers.delete(filename);
  }
}

function watch(filename, options, listener) {
  getValidatedPath(filename, 'filename');
  if (options !== undefined && typeof options !== 'function' && typeof options !== 'string') {
    validateObject(options, 'options');
  }
  void listener;
  throw new (errors().ERR_COIL_NOT_IMPLEMENTED)('fs.watch (file system events; fs.watchFile works)');
}

module.exports = { watchFile, unwatchFile, watch, StatWatcher };
