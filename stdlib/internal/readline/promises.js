'use strict';
// readlinePromises.Readline: queues cursor and clearing actions for a writable stream and sends
// them in one write on commit() (or each on the next tick with autoCommit).

const { validateBoolean, validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  kClearScreenDown,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
} = require('internal/readline/utils');

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  // `stream` must be a writable stream; options.autoCommit writes each action on its own.
  constructor(stream, options = undefined) {
    const { isWritable } = require('internal/streams/utils');
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  // Queues (or, with autoCommit, writes on the next tick) one action.
  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  // Moves the cursor to column x (and row y when given), 0-based.
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#add(cursorToSequence(x, y == null ? undefined : y));
    return this;
  }

  // Moves the cursor relative to where it is; nothing when both deltas are 0.
  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#add(moveCursorSequence(dx, dy));
    }
    return this;
  }

  // Clears the cursor's line: -1 left of the cursor, 1 right of it, 0 all of it.
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#add(clearLineSequence(dir));
    return this;
  }

  // Clears the screen from the cursor down.
  clearScreenDown() {
    this.#add(kClearScreenDown);
    return this;
  }

  // Writes every queued action at once; resolves when the stream has taken them.
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  // Forgets the queued actions.
  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
