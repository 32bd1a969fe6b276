'use strict';
// node:readline - the callback Interface (callable without `new`), createInterface, the cursor
// helpers, emitKeypressEvents and `promises` (node:readline/promises).
//
// This Interface keeps the historical underscore methods (`_refreshLine`, `_ttyWrite`,
// `_writeToOutput`, ...) as its real methods: the shared implementation calls them through
// private keys that, on this prototype, read the underscore names. So code that replaces
// `rl._writeToOutput` (to mask a password, say) sees every write.

const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const EventEmitter = require('events');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const promises = require('readline/promises');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const internal = require('internal/readline/interface');
const {
  Interface: _Interface,
  InterfaceConstructor,
  kDecoder, kLine_buffer, kLineParts, kOldPrompt, kPreviousKey, kPrompt, kQuestion,
  kQuestionCallback, kQuestionCancel, kSawKeyPress, kSawReturnAt, kTabCompleter, takePending,
} = internal;

const kEmptyObject = Object.freeze({ __proto__: null });
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let emitKeypressEventsImpl;

// Makes `stream` emit 'keypress' events (see internal/readline/emit_keypress).
function emitKeypressEvents(stream, iface = {}) {
  emitKeypressEventsImpl ??= require('internal/readline/emit_keypress');
  return emitKeypressEventsImpl(stream, iface);
}

// readline.Interface(input[, output[, completer[, terminal]]]) or (options). A completer that
// does not take two arguments is a plain function; it is wrapped into the (line, callback) form
// this Interface calls.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: plain } = input;
    input.completer = (v, cb) => cb(null, plain(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const plain = completer;
    completer = (v, cb) => cb(null, plain(v));
  }
  ReflectApply(InterfaceConstructor, this, [input, output, completer, terminal]);
  if (process.env.TERM === 'dumb') {
    const { ttyWriteDumb } = require('internal/readline/tty_write');
    this._ttyWrite = ttyWriteDumb.bind(this);
  }
}

ObjectSetPrototypeOf(Interface.prototype, _Interface.prototype);
ObjectSetPrototypeOf(Interface, _Interface);

// Writes `query` and calls cb(answer) with the next line. options.signal cancels the question.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const disposable = EventEmitter.addAbortListener(options.signal, () => this[kQuestionCancel]());
    const originalCb = cb;
    cb = typeof cb === 'function' ? (answer) => {
      disposable[SymbolDispose]();
      return originalCb(answer);
    } : disposable[SymbolDispose];
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): a promise for the answer, rejected with an AbortError when
// options.signal aborts.
Interface.prototype.question[kCustomPromisify] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
      const disposable = EventEmitter.addAbortListener(signal, onAbort);
      cb = (answer) => {
        disposable[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// Same as `new readline.Interface(...)`.
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Underscore name -> private key, for every method the shared implementation calls through a
// key. On this prototype each key is a getter for the underscore method.
const methodNames = {
  _setRawMode: internal.kSetRawMode,
  _onLine: internal.kOnLine,
  _writeToOutput: internal.kWriteToOutput,
  _addHistory: internal.kAddHistory,
  _refreshLine: internal.kRefreshLine,
  _normalWrite: internal.kNormalWrite,
  _insertString: internal.kInsertString,
  _tabComplete: internal.kTabComplete,
  _wordLeft: internal.kWordLeft,
  _wordRight: internal.kWordRight,
  _deleteLeft: internal.kDeleteLeft,
  _deleteRight: internal.kDeleteRight,
  _deleteWordLeft: internal.kDeleteWordLeft,
  _deleteWordRight: internal.kDeleteWordRight,
  _deleteLineLeft: internal.kDeleteLineLeft,
  _deleteLineRight: internal.kDeleteLineRight,
  _line: internal.kLine,
  _historyNext: internal.kHistoryNext,
  _historyPrev: internal.kHistoryPrev,
  _getDisplayPos: internal.kGetDisplayPos,
  _moveCursor: internal.kMoveCursor,
  _ttyWrite: internal.kTtyWrite,
};

// Old names of private fields, as accessors.
const fieldNames = {
  _decoder: kDecoder,
  _oldPrompt: kOldPrompt,
  _previousKey: kPreviousKey,
  _prompt: kPrompt,
  _questionCallback: kQuestionCallback,
  _sawKeyPress: kSawKeyPress,
  _sawReturnAt: kSawReturnAt,
};

function defineCompatibilityAccessors(proto) {
  const descriptors = { __proto__: null };
  for (const name in methodNames) {
    descriptors[methodNames[name]] = {
      __proto__: null,
      get() { return this[name]; },
    };
  }
  for (const name in fieldNames) {
    const key = fieldNames[name];
    descriptors[name] = {
      __proto__: null,
      get() { return this[key]; },
      set(value) { this[key] = value; },
    };
  }
  // Text waiting for its line ending (stored in parts internally).
  descriptors._line_buffer = {
    __proto__: null,
    get() { return takePending(this); },
    set(value) {
      this[kLine_buffer] = value;
      if (this[kLineParts] !== undefined) this[kLineParts] = [];
    },
  };
  ObjectDefineProperties(proto, descriptors);
}

defineCompatibilityAccessors(Interface.prototype);

// Tab with the callback completer: the input is paused until it answers.
function tabCompleteWithCallback(lastKeypressWasTab) {
  this.pause();
  const string = StringPrototypeSlice(this.line, 0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      const { inspect } = require('internal/util/inspect');
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
}

// The underscore methods themselves (plain, enumerable assignments, in Node's order).
for (const name in methodNames) {
  Interface.prototype[name] = name === '_tabComplete' ?
    tabCompleteWithCallback :
    _Interface.prototype[methodNames[name]];
  if (name === '_getDisplayPos') Interface.prototype._getCursorPos = _Interface.prototype.getCursorPos;
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
