'use strict';
// timers.enroll / unenroll / active / _unrefActive: Node's deprecated legacy timer API.
const timers = require('timers');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

console.log(Object.keys(timers));
for (const name of ['enroll', 'unenroll', 'active', '_unrefActive']) {
  const fn = timers[name];
  console.log(name, fn.name, fn.length, Object.getPrototypeOf(fn).name);
}

const item = {};
attempt('enroll', () => timers.enroll(item, 20));
attempt('enrolled', () => [Object.keys(item), item._idleNext === item, item._idlePrev === item, item._idleTimeout]);
for (const value of [-1, NaN, Infinity, '5', undefined, null]) {
  attempt(`enroll ${String(value)}`, () => timers.enroll({}, value));
}
attempt('enroll 2**31', () => {
  const other = {};
  timers.enroll(other, 2 ** 31);
  return other._idleTimeout;
});

const fresh = {};
attempt('unenroll fresh', () => {
  timers.unenroll(fresh);
  return [Object.keys(fresh), fresh._idleTimeout, fresh._destroyed];
});
attempt('active fresh', () => {
  timers.active(fresh);
  return [fresh._destroyed, Object.keys(fresh).length];
});
attempt('active never enrolled', () => {
  const plain = {};
  timers.active(plain);
  return Object.keys(plain);
});

const cancelled = { _onTimeout() { console.log('cancelled fired (wrong)'); } };
timers.enroll(cancelled, 5);
timers.active(cancelled);
attempt('active', () => [Object.keys(cancelled), cancelled._destroyed, typeof cancelled._idleStart]);
timers.unenroll(cancelled);
attempt('unenrolled', () => [cancelled._idleTimeout, cancelled._destroyed, cancelled._idleNext, cancelled._idlePrev]);
timers.active(cancelled);
attempt('active after unenroll', () => [cancelled._destroyed, cancelled._idleTimeout]);

const cleared = { _onTimeout() { console.log('cleared fired (wrong)'); } };
timers.enroll(cleared, 5);
timers.active(cleared);
clearTimeout(cleared);
attempt('clearTimeout', () => [cleared._idleTimeout, cleared._onTimeout, cleared._destroyed]);

const timeout = setTimeout(() => {}, 100);
clearTimeout(timeout);
attempt('cleared Timeout', () => [timeout._idleTimeout, timeout._destroyed, timeout._idleNext]);

// Fired in sequence: each callback arms the next step.
const steps = [];
const repeating = {
  count: 0,
  _onTimeout() {
    steps.push(`repeat ${this.count} ${this._destroyed} ${this._idleNext}`);
    if (++this.count < 3) timers.active(this);
    else startSecond();
  },
};
timers.enroll(repeating, 2);
timers.active(repeating);

function startSecond() {
  const moved = {
    _onTimeout() {
      steps.push(`moved ${this._idleTimeout} ${Object.keys(this).join()}`);
      startUnref();
    },
  };
  timers.enroll(moved, 50);
  timers.active(moved);
  timers.enroll(moved, 3); // re-enrolling an active item stops it first
  steps.push(`re-enrolled ${moved._destroyed} ${moved._idleTimeout}`);
  timers.active(moved);
}

function startUnref() {
  const unrefed = { _onTimeout() { steps.push('unrefed fired'); } };
  timers.enroll(unrefed, 1);
  timers._unrefActive(unrefed);
  const keeper = { _onTimeout() { steps.push('keeper fired'); } };
  timers.enroll(keeper, 20);
  timers.active(keeper);
  const silent = {};
  timers.enroll(silent, 1);
  timers.active(silent);
}

process.on('exit', () => console.log(steps));
