'use strict';
// node:readline/promises - an Interface whose question() returns a promise, the Readline
// action queue and createInterface().

const EventEmitter = require('events');
const { Readline } = require('internal/readline/promises');
const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Writes `query` and resolves with the next line. options.signal rejects with an AbortError
  // (and drops the question); ctrl+c / ctrl+d in a terminal reject too.
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          return reject(new AbortError(undefined, { cause: signal.reason }));
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        const disposable = EventEmitter.addAbortListener(signal, onAbort);
        cb = (answer) => {
          disposable[SymbolDispose]();
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, cb);
    });
  }
}

// Same as `new Interface(...)`.
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
