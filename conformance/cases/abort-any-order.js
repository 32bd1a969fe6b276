// AbortSignal.any(): a combined signal follows the plain signals underneath
// its inputs (a combined input is looked through), every affected signal has
// its reason before any 'abort' listener runs, and listeners run on the
// source first, then on the combined signals in the order they were made.
'use strict';

const controller = new AbortController();
const signals = [controller.signal];
signals.push(AbortSignal.any([controller.signal]));
signals.push(AbortSignal.any([controller.signal]));
signals.push(AbortSignal.any([signals[0]]));
signals.push(AbortSignal.any([signals[1]]));
signals.push(AbortSignal.any([signals[4], signals[2], controller.signal]));

let order = '';
signals.forEach((signal, i) => {
  signal.addEventListener('abort', () => {
    order += i;
    const seen = signals.map((s) => (s.aborted ? 'A' : '-')).join('');
    console.log(`listener ${i}: all aborted states ${seen}, reason ${signal.reason}`);
  });
});
controller.abort('stop');
console.log('order:', order);

// Two sources: the first to abort decides the reason; the second changes nothing.
const a = new AbortController();
const b = new AbortController();
const both = AbortSignal.any([a.signal, b.signal]);
let fired = 0;
both.onabort = () => { fired++; };
b.abort('b first');
a.abort('a later');
console.log('two sources:', both.aborted, both.reason, fired);

// The same signal twice counts once.
const c = new AbortController();
const twice = AbortSignal.any([c.signal, c.signal]);
let count = 0;
twice.addEventListener('abort', () => count++);
c.abort();
console.log('same input twice:', twice.aborted, twice.reason.name, count);

// A listener on the source that aborts another source of the combined signal.
const x = new AbortController();
const y = new AbortController();
const xy = AbortSignal.any([x.signal, y.signal]);
x.signal.addEventListener('abort', () => {
  console.log('x listener sees combined aborted:', xy.aborted, xy.reason);
  y.abort('from y');
});
xy.addEventListener('abort', () => console.log('combined reason:', xy.reason));
x.abort('from x');
console.log('y aborted:', y.signal.aborted, y.signal.reason);

// Already aborted inputs give an aborted signal at once, with no event.
const early = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
early.onabort = () => console.log('should not fire');
console.log('already aborted:', early.aborted, early.reason);
