'use strict';
// The readline Interface shared by node:readline and node:readline/promises: option handling,
// the plain (non-terminal) line splitter, prompts and questions, pause/resume/close, history
// bookkeeping and async iteration over lines. Everything that only a terminal needs (key
// dispatch, line editing, redrawing) lives in internal/readline/editing and
// internal/readline/tty_write, loaded the first time one of those methods runs.

const DateNow = Date.now;
const MathMax = Math.max;
const NumberIsFinite = Number.isFinite;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeTrim = Function.prototype.call.bind(String.prototype.trim);
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const symbols = require('internal/readline/symbols');
const {
  kAddHistory, kDecoder, kGetDisplayPos, kLine, kLine_buffer, kLineParts, kLineObjectStream,
  kMoveCursor, kNormalWrite, kOldPrompt, kOnLine, kPreviousKey, kPrompt, kQuestion,
  kQuestionCallback, kQuestionCancel, kRedoStack, kRefreshLine, kSawKeyPress, kSawReturnAt,
  kSetRawMode, kSubstringSearch, kTtyWrite, kUndoStack, kKillRing, kKillRingCursor,
  kWriteToOutput,
} = symbols;

const kHistorySize = 30;
const kMinCrlfDelay = 100;
// GNU readline's default keyseq-timeout.
const kEscapeCodeTimeout = 500;

let emitKeypressEvents;
let editingMethods;
let ttyWriteMethods;

// Interface's constructor as a plain function, so that the legacy readline.Interface can call it
// on an object it already made (`new` is optional there).
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // Becomes false while a multi-character chunk is being replayed as keypresses (a paste):
  // then typed text is appended without tab completion or redrawing.
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;

  ReflectApply(EventEmitter, this, []);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  // createInterface({ input, ... }): anything with a truthy `input` is an options object.
  if (input?.input) {
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!NumberIsFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, a TTY output means terminal mode.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Text removed by ctrl+u/ctrl+k, newest first, for ctrl+y (yank) and meta+y (yank pop).
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? MathMax(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;

  const onerror = (err) => this.emit('error', err);
  input.on('error', onerror);
  if (this.terminal) listenAsTerminal(this, input, output, onerror);
  else listenForLines(this, input, onerror);

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';
  input.resume();
}

ObjectSetPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(InterfaceConstructor, EventEmitter);

// Non-terminal mode: decode 'data' chunks as UTF-8 and split them into lines.
function listenForLines(rl, input, onerror) {
  const ondata = (data) => rl[kNormalWrite](data);
  const onend = () => {
    const rest = takePending(rl);
    if (typeof rest === 'string' && rest.length > 0) rl.emit('line', rest);
    rl.close();
  };
  input.on('data', ondata);
  input.on('end', onend);
  rl.once('close', () => {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  rl[kDecoder] = new StringDecoder('utf8');
  rl[kLineParts] = [];
}

// Terminal mode: the input becomes a source of 'keypress' events (raw mode when it is a TTY),
// each handled by kTtyWrite; the line is redrawn when the output is resized.
function listenAsTerminal(rl, input, output, onerror) {
  const onkeypress = (s, key) => {
    rl[kTtyWrite](s, key);
    // Half of a surrogate pair was drawn on its own: redraw once the character is whole.
    if (key && key.sequence) {
      const ch = StringPrototypeCodePointAt(key.sequence, 0);
      if (ch >= 0xd800 && ch <= 0xdfff) rl[kRefreshLine]();
    }
  };
  const ontermend = () => {
    if (typeof rl.line === 'string' && rl.line.length > 0) rl.emit('line', rl.line);
    rl.close();
  };
  const onresize = () => rl[kRefreshLine]();

  emitKeypressEvents ??= require('internal/readline/emit_keypress');
  emitKeypressEvents(input, rl);
  input.on('keypress', onkeypress);
  input.on('end', ontermend);
  rl[kSetRawMode](true);
  rl.terminal = true;
  // Position of the cursor in rl.line, in UTF-16 units.
  rl.cursor = 0;
  rl.historyIndex = -1;
  if (output != null) output.on('resize', onresize);
  rl.once('close', () => {
    input.removeListener('keypress', onkeypress);
    input.removeListener('error', onerror);
    input.removeListener('end', ontermend);
    if (output != null) output.removeListener('resize', onresize);
  });
}

// The text received after the last line ending, as one string (undefined before any data).
function takePending(rl) {
  const parts = rl[kLineParts];
  if (parts !== undefined && parts.length > 0) {
    const head = rl[kLine_buffer];
    rl[kLine_buffer] = (head ? head : '') + parts.join('');
    rl[kLineParts] = [];
  }
  return rl[kLine_buffer];
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Width of the output in columns (Infinity when it does not say).
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  // Sets the prompt that prompt() writes.
  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  // The prompt that prompt() writes.
  getPrompt() {
    return this[kPrompt];
  }

  // Switches a TTY input in or out of raw mode; answers whether it was raw before.
  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  // Writes the prompt (in a terminal: redraws prompt and line, the cursor at the start of the
  // line unless preserveCursor) and resumes a paused input.
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // Shows `query` as the prompt; the next line goes to `cb` instead of a 'line' event. While a
  // question is pending, another one only re-prompts.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this[kQuestionCallback]) {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
    }
    this.prompt();
  }

  // A complete line: the answer to a pending question, or a 'line' event.
  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  // Drops a pending question (its signal was aborted) and starts a fresh line.
  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  // Writes to the output stream, if there is one.
  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  // Records this.line in the history (newest first) and answers the line to deliver, which a
  // 'history' listener may have changed by editing the array.
  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (StringPrototypeTrim(this.line).length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Closes the interface: pauses the input, leaves raw mode, emits 'close' (once).
  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  // Pauses the input stream; emits 'pause' if it was not paused.
  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  // Resumes the input stream; emits 'resume' if it was paused.
  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Feeds `d` as if it had been typed (terminal: `key` describes the key) or read.
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  // Non-terminal input: decodes a chunk and emits each complete line. Text after the last line
  // ending waits for the next chunk (kept as parts, joined once a line ends). A \r ending a chunk
  // ends a line; a \n starting the next chunk within crlfDelay ms is then its \r\n's second half.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && DateNow() - this[kSawReturnAt] <= this.crlfDelay) {
      if (StringPrototypeCharCodeAt(string, 0) === 10) string = StringPrototypeSlice(string, 1);
      this[kSawReturnAt] = 0;
    }
    const marks = lineEndingMarks(string);
    if (marks.length === 0) {
      if (string) this[kLineParts].push(string);
      return;
    }
    // The pending text holds no line ending: the marks only shift by its length.
    const head = takePending(this);
    const shift = head ? head.length : 0;
    if (head) string = head + string;
    this[kSawReturnAt] = StringPrototypeCharCodeAt(string, string.length - 1) === 13 ? DateNow() : 0;
    // Store the unfinished rest first: a 'line' listener may write more.
    this[kLine_buffer] = StringPrototypeSlice(string, shift + marks[marks.length - 1] + 1);
    emitLines(this, string, marks, shift);
  }

  // Clears the line being edited and moves to a fresh output line.
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Enter in a terminal: the edited line goes to history and is delivered.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  // Where the cursor is on screen, relative to the start of the prompt: { rows, cols }.
  getCursorPos() {
    const beforeCursor = this[kPrompt] + StringPrototypeSlice(this.line, 0, this.cursor);
    return this[kGetDisplayPos](beforeCursor);
  }

  // Async iteration over lines (events.on with 'close' ending it); lines that nobody reads yet
  // are queued, and the input is paused while more than 1024 wait.
  [SymbolAsyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const { kFirstEventParam } = require('internal/events/symbols');
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// Emits the lines that `marks` (indexes of every \r and \n, from lineEndingMarks) delimit in
// `string`, the marks being `shift` units off.
function emitLines(rl, string, marks, shift) {
  let start = 0;
  for (let k = 0; k < marks.length; k++) {
    const at = marks[k] + shift;
    let next = at + 1;
    if (StringPrototypeCharCodeAt(string, at) === 13 && StringPrototypeCharCodeAt(string, next) === 10) {
      // \r\n: one ending; its \n is the next mark.
      next++;
      k++;
    }
    rl[kOnLine](StringPrototypeSlice(string, start, at));
    start = next;
  }
}

// Scan windows: in Boa, str.indexOf(x, from) costs time proportional to `from`, so searching a
// whole 64 KiB chunk line by line would be quadratic in the chunk size. Searching slices of
// kScanWindow units keeps every search short and the whole scan linear. (lastIndexOf is avoided
// too: a miss costs much more than indexOf's.)
const kScanWindow = 1024;

// Indexes of every \r and \n in `string`, in order.
function lineEndingMarks(string) {
  const marks = [];
  const length = string.length;
  // Most chunks of a long line have no ending at all: one native scan each says so.
  if (StringPrototypeIndexOf(string, '\n') === -1 && StringPrototypeIndexOf(string, '\r') === -1) {
    return marks;
  }
  for (let base = 0; base < length; base += kScanWindow) {
    const win = StringPrototypeSlice(string, base, base + kScanWindow);
    let lf = StringPrototypeIndexOf(win, '\n');
    let cr = StringPrototypeIndexOf(win, '\r');
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        marks.push(base + lf);
        lf = StringPrototypeIndexOf(win, '\n', lf + 1);
      } else {
        marks.push(base + cr);
        cr = StringPrototypeIndexOf(win, '\r', cr + 1);
      }
    }
  }
  return marks;
}

// Terminal-only methods: stubs that load their module on first use, so that reading lines from
// a file or pipe never parses the line editor. Non-enumerable, like class methods.
function defineLazyMethods(proto, keys, load) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    ObjectDefineProperty(proto, key, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      writable: true,
      value: function(...args) {
        return ReflectApply(load()[key], this, args);
      },
    });
  }
}

defineLazyMethods(Interface.prototype, [
  symbols.kBeforeEdit, symbols.kInsertString, symbols.kTabComplete, symbols.kTabCompleter,
  symbols.kWordLeft, symbols.kWordRight, symbols.kDeleteLeft, symbols.kDeleteRight,
  symbols.kDeleteWordLeft, symbols.kDeleteWordRight, symbols.kDeleteLineLeft,
  symbols.kDeleteLineRight, symbols.kPushToKillRing, symbols.kYank, symbols.kYankPop,
  symbols.kPushToUndoStack, symbols.kUndo, symbols.kRedo, symbols.kHistoryNext,
  symbols.kHistoryPrev, kGetDisplayPos, kMoveCursor, kRefreshLine,
], () => (editingMethods ??= require('internal/readline/editing').methods));

defineLazyMethods(Interface.prototype, [kTtyWrite],
  () => (ttyWriteMethods ??= require('internal/readline/tty_write').methods));

module.exports = {
  Interface,
  InterfaceConstructor,
  takePending,
  ...symbols,
};
