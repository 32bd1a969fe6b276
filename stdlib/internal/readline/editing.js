'use strict';
// Line editing for a terminal Interface: inserting and deleting text, word and character
// motion, the kill ring, undo/redo, history browsing, tab completion and redrawing the prompt
// and line (which may wrap over several rows). internal/readline/interface installs these as
// methods of Interface.prototype, loaded the first time one runs.

const MathCeil = Math.ceil;
const MathFloor = Math.floor;
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const RegExpPrototypeTest = Function.prototype.call.bind(RegExp.prototype.test);

const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect_base');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { charLengthAt, charLengthLeft, commonPrefix } = require('internal/readline/utils');
const {
  kBeforeEdit, kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight, kDeleteWordLeft,
  kDeleteWordRight, kGetDisplayPos, kHistoryNext, kHistoryPrev, kInsertString, kKillRing,
  kKillRingCursor, kMoveCursor, kPrompt, kPushToKillRing, kPushToUndoStack, kRedo, kRedoStack,
  kRefreshLine, kSubstringSearch, kTabComplete, kTabCompleter, kUndo, kUndoStack, kWordLeft,
  kWordRight, kWriteToOutput, kYank, kYankPop, kYanking,
} = require('internal/readline/symbols');

const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;

// Character classes of the word motions: whitespace, "word" characters (\w) and the rest.
const spaceRe = /\s/;
const wordRe = /\w/;
const isSpace = (ch) => RegExpPrototypeTest(spaceRe, ch);
const isWord = (ch) => RegExpPrototypeTest(wordRe, ch);
const isPunct = (ch) => !isSpace(ch) && !isWord(ch);

// Units from `cursor` back to the start of the previous word: spaces, then one run of word
// characters or one run of other characters.
function wordLeftLength(line, cursor) {
  let i = cursor;
  while (i > 0 && isSpace(line[i - 1])) i--;
  if (i > 0) {
    const inRun = isWord(line[i - 1]) ? isWord : isPunct;
    while (i > 0 && inRun(line[i - 1])) i--;
  }
  return cursor - i;
}

// Units from `from` to the end of the next word and the spaces after it. The first run is of
// spaces, word characters or other characters; with `punctTakesSpaces` (delete-word-right) a
// run of non-word characters swallows spaces too.
function wordRightLength(line, from, punctTakesSpaces) {
  let i = from;
  const first = line[i];
  let inRun;
  if (isSpace(first)) inRun = isSpace;
  else if (isWord(first)) inRun = isWord;
  else inRun = punctTakesSpaces ? (ch) => !isWord(ch) : isPunct;
  while (i < line.length && inRun(line[i])) i++;
  while (i < line.length && isSpace(line[i])) i++;
  return i - from;
}

// Replaces this.line and this.cursor, then redraws.
function setLine(rl, line, cursor) {
  rl.line = line;
  rl.cursor = cursor;
  rl[kRefreshLine]();
}

const methods = {
  // Saves the line for undo before an edit.
  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  },

  // Inserts typed text at the cursor. At the end of a line that does not wrap, only the new
  // text is written; otherwise the line is redrawn. During a paste (isCompletionEnabled false)
  // text is appended as it comes.
  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      const line = StringPrototypeSlice(this.line, 0, this.cursor) + c +
        StringPrototypeSlice(this.line, this.cursor);
      setLine(this, line, this.cursor + c.length);
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  },

  // Tab with an async (or plain) completer: the input is paused while it runs.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = StringPrototypeSlice(this.line, 0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      const { inspect } = require('internal/util/inspect');
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  },

  // Applies a completer's answer [completions, completedText]: inserts the part of the common
  // prefix not typed yet, or replaces the typed text by a different prefix; on a second tab,
  // lists the candidates in columns ('' in the list starts a new group).
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (StringPrototypeStartsWith(prefix, completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](StringPrototypeSlice(prefix, completeOn.length));
      return;
    }
    if (!StringPrototypeStartsWith(completeOn, prefix)) {
      const start = this.cursor - completeOn.length;
      const line = StringPrototypeSlice(this.line, 0, start) + prefix +
        StringPrototypeSlice(this.line, this.cursor);
      setLine(this, line, start + prefix.length);
      return;
    }
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);
    this[kWriteToOutput](completionList(completions, this.columns));
    this[kRefreshLine]();
  },

  [kWordLeft]() {
    if (this.cursor > 0) this[kMoveCursor](-wordLeftLength(this.line, this.cursor));
  },

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      this[kMoveCursor](wordRightLength(this.line, this.cursor, false));
    }
  },

  // Backspace: deletes the character left of the cursor.
  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      const line = StringPrototypeSlice(this.line, 0, this.cursor - size) +
        StringPrototypeSlice(this.line, this.cursor);
      setLine(this, line, this.cursor - size);
    }
  },

  // Delete: deletes the character under the cursor.
  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      const line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + size);
      setLine(this, line, this.cursor);
    }
  },

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const start = this.cursor - wordLeftLength(this.line, this.cursor);
      const line = StringPrototypeSlice(this.line, 0, start) +
        StringPrototypeSlice(this.line, this.cursor);
      setLine(this, line, start);
    }
  },

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = wordRightLength(this.line, this.cursor, true);
      const line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + size);
      setLine(this, line, this.cursor);
    }
  },

  // ctrl+u: deletes from the start of the line to the cursor (into the kill ring).
  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, 0, this.cursor);
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  },

  // ctrl+k: deletes from the cursor to the end of the line (into the kill ring).
  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, this.cursor);
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  },

  [kPushToKillRing](del) {
    const ring = this[kKillRing];
    if (!del || del === ring[0]) return;
    ring.unshift(del);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxLengthOfKillRing) ring.pop();
  },

  // ctrl+y: inserts the current kill-ring entry.
  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  },

  // meta+y right after a yank: replaces the yanked text by the next kill-ring entry.
  [kYankPop]() {
    if (!this[kYanking]) return;
    const ring = this[kKillRing];
    if (ring.length > 1) {
      const lastYank = ring[this[kKillRingCursor]];
      this[kKillRingCursor] = (this[kKillRingCursor] + 1) % ring.length;
      const currentYank = ring[this[kKillRingCursor]];
      const head = StringPrototypeSlice(this.line, 0, this.cursor - lastYank.length);
      const tail = StringPrototypeSlice(this.line, this.cursor);
      setLine(this, head + currentYank + tail, head.length + currentYank.length);
    }
  },

  [kPushToUndoStack](text, cursor) {
    const stack = this[kUndoStack];
    if (stack.push({ text, cursor }) > kMaxUndoRedoStackSize) stack.shift();
  },

  // ctrl+_ (0x1f): restores the line as it was before the last edit.
  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    setLine(this, entry.text, entry.cursor);
  },

  // ctrl+^ (0x1e): re-applies an undone edit.
  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    setLine(this, entry.text, entry.cursor);
  },

  // Down: the next newer history entry starting with the text that was before the cursor when
  // browsing began (skipping entries equal to the current line); past the newest, that text.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && !historyMatches(this, index, search)) index--;
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    setLine(this, this.line, this.line.length);
  },

  // Up: the next older matching history entry; past the oldest, the search text.
  [kHistoryPrev]() {
    const history = this.history;
    if (this.historyIndex >= history.length || !history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < history.length && !historyMatches(this, index, search)) index++;
    this.line = index === history.length ? search : history[index];
    this.historyIndex = index;
    setLine(this, this.line, this.line.length);
  },

  // Row and column reached after writing `str` from the start of a row, with this.columns
  // wide rows, tab stops every this.tabSize columns and double-width characters that never
  // straddle two rows. ANSI sequences take no room.
  [kGetDisplayPos](str) {
    const col = this.columns;
    const tabSize = this.tabSize;
    let offset = 0;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (let i = 0; i < str.length; i++) {
      const code = StringPrototypeCharCodeAt(str, i);
      if (code >= 0x20 && code < 0x7f) {
        offset++;
      } else if (code === 10) {
        // A newline always starts a new row, even on an empty or endless one.
        rows += MathCeil(offset / col) || 1;
        offset = 0;
      } else if (code === 9) {
        offset += tabSize - (offset % tabSize);
      } else {
        // One code point (both halves of a surrogate pair).
        const size = StringPrototypeCodePointAt(str, i) > 0xffff ? 2 : 1;
        const width = getStringWidth(StringPrototypeSlice(str, i, i + size), false);
        i += size - 1;
        if (width >= 2) {
          if ((offset + 1) % col === 0) offset++;
          offset += 2;
        } else {
          offset += width;
        }
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  },

  // Moves the cursor dx units (clamped to the line), by an escape sequence when it stays on
  // the same row, else by redrawing.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this[kRefreshLine]();
  },

  // Redraws prompt and line: up to the row the prompt started on, clear down, write both, then
  // put the cursor back where this.cursor says.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // At column 0 the terminal has not moved to the new row yet: make it.
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  },
};

// Whether history[index] may be shown while browsing with `search` typed.
function historyMatches(rl, index, search) {
  const entry = rl.history[index];
  return StringPrototypeStartsWith(entry, search) && rl.line !== entry;
}

// The candidates listed in columns as wide as the widest one plus two spaces, as many as fit in
// `columns`; '' starts a new group after a blank line.
function completionList(completions, columns) {
  const widths = completions.map((e) => getStringWidth(e));
  let widest = 0;
  for (let i = 0; i < widths.length; i++) if (widths[i] > widest) widest = widths[i];
  const width = widest + 2;
  let maxColumns = MathFloor(columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  const out = ['\r\n'];
  let inRow = 0;
  let pad = 0;
  for (let i = 0; i < completions.length; i++) {
    const completion = completions[i];
    if (completion === '' || inRow === maxColumns) {
      out.push('\r\n');
      inRow = 0;
      pad = 0;
    } else {
      out.push(StringPrototypeRepeat(' ', pad));
    }
    if (completion === '') {
      out.push('\r\n');
    } else {
      out.push(completion);
      pad = width - widths[i];
      inRow++;
    }
  }
  if (inRow !== 0) out.push('\r\n\r\n');
  return out.join('');
}

module.exports = { methods };
