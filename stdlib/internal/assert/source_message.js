'use strict';

// The message of `assert.ok(falsy)` without a message: the source text of the failing call,
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof x === 'string')
//
// The call site comes from the stack (`    at fn (/abs/file.js:LINE:COL)`), the text from the
// file. A small tokenizer finds the call around that position: the engine may point at the
// callee (`ok` in `assert.ok(`) or at the opening parenthesis. Returns undefined when the source
// cannot be found (eval code, builtins, unreadable files); the caller then uses the generic
// message.

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ArrayJoin = uncurry(Array.prototype.join);
const ArrayPush = uncurry(Array.prototype.push);
const ErrorCtor = Error;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectIsExtensible = Object.isExtensible;
const NumberParseInt = Number.parseInt;
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeToString = uncurry(Number.prototype.toString);
const decodeURIComponentFn = decodeURIComponent;

// file + line + column -> message (or undefined).
const cache = new Map();

const framePattern = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?\s*$/;

function callSite(fn) {
  if (ErrorCaptureStackTrace === undefined) return undefined;
  const holder = {};
  // Only the caller's frame is needed, and it is needed even when the program
  // set Error.stackTraceLimit to 0: capture one frame (a plain assignment, so
  // a deleted limit comes back as an own property holding undefined).
  const previous = ErrorCtor.stackTraceLimit;
  const desc = ObjectGetOwnPropertyDescriptor(ErrorCtor, 'stackTraceLimit');
  const canSetLimit = desc === undefined ? ObjectIsExtensible(ErrorCtor) :
    ('writable' in desc ? desc.writable === true : desc.set !== undefined);
  if (canSetLimit) ErrorCtor.stackTraceLimit = 1;
  let stack;
  try {
    ErrorCaptureStackTrace(holder, fn);
    // Read while the limit is 1: the stack text is rendered on first read.
    stack = holder.stack;
  } finally {
    if (canSetLimit) ErrorCtor.stackTraceLimit = previous;
  }
  if (typeof stack !== 'string') return undefined;
  const lines = StringPrototypeSplit(stack, '\n');
  for (let i = 0; i < lines.length; i++) {
    if (!StringPrototypeStartsWith(lines[i], '    at ')) continue;
    const m = RegExpPrototypeExec(framePattern, lines[i]);
    if (m === null) return undefined;
    return { file: m[1], line: NumberParseInt(m[2], 10), column: NumberParseInt(m[3], 10) };
  }
  return undefined;
}

function fileUrlToPath(url) {
  let rest = StringPrototypeSlice(url, 7);
  if (StringPrototypeStartsWith(rest, 'localhost/')) rest = StringPrototypeSlice(rest, 9);
  try {
    return decodeURIComponentFn(rest);
  } catch {
    return undefined;
  }
}

let fsBinding;
// The last file read (failing assertions tend to come from one test file).
let lastFile;
let lastSource;
function readSource(file) {
  if (StringPrototypeStartsWith(file, 'file://')) file = fileUrlToPath(file);
  if (file === undefined || file[0] !== '/') return undefined;
  if (file === lastFile) return lastSource;
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  let source;
  try {
    source = fsBinding.readFileUtf8(file);
  } catch {
    return undefined;
  }
  lastFile = file;
  lastSource = source;
  return source;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer: enough of JavaScript's lexical grammar to match brackets across strings, template
// literals, comments and regular expression literals.

const kIdent = 1;
const kPunct = 2;
const kString = 3;

function isIdentChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 95 ||
    c === 92 || c > 127;
}

function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029;
}

// Keywords after which `/` starts a regular expression.
const regexAfterWords = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await',
]);

// Tokens of `code` from `start` until the bracket opened at `stopAt` closes (or the end).
// Each token: { type, start, end, value }.
function tokenize(code, stopAt) {
  const tokens = [];
  const templateDepths = []; // brace depth at each open `${`
  let braceDepth = 0;
  let stopDepth = 0;
  let stopSeen = false;
  let i = 0;
  const n = code.length;
  let prev = null;
  while (i < n) {
    const c = StringPrototypeCharCodeAt(code, i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let type;
    if (c === 47 /* / */) {
      const next = StringPrototypeCharCodeAt(code, i + 1);
      if (next === 47) {
        const nl = StringPrototypeIndexOf(code, '\n', i);
        i = nl === -1 ? n : nl;
        continue;
      }
      if (next === 42) {
        const close = StringPrototypeIndexOf(code, '*/', i + 2);
        i = close === -1 ? n : close + 2;
        continue;
      }
      if (regexAllowed(prev)) {
        i = skipRegExp(code, i);
        type = kString;
      } else {
        i++;
        type = kPunct;
      }
    } else if (c === 39 || c === 34) {
      i = skipQuoted(code, i, c);
      type = kString;
    } else if (c === 96) {
      i = skipTemplate(code, i + 1, templateDepths, braceDepth);
      type = kString;
    } else if (c === 125 /* } */ && templateDepths.length > 0 &&
               templateDepths[templateDepths.length - 1] === braceDepth) {
      templateDepths.length--;
      i = skipTemplate(code, i + 1, templateDepths, braceDepth);
      type = kString;
    } else if (isIdentChar(c)) {
      while (i < n && isIdentChar(StringPrototypeCharCodeAt(code, i))) i++;
      type = kIdent;
    } else {
      i++;
      type = kPunct;
      if (c === 123 || c === 40 || c === 91) {
        braceDepth++;
      } else if (c === 125 || c === 41 || c === 93) {
        braceDepth--;
      }
    }
    prev = { type, start, end: i, value: StringPrototypeSlice(code, start, i) };
    ArrayPush(tokens, prev);
    if (start === stopAt) {
      stopSeen = true;
      stopDepth = braceDepth - 1;
    } else if (stopSeen && braceDepth === stopDepth) {
      break;
    }
  }
  return tokens;
}

function regexAllowed(prev) {
  if (prev === null) return true;
  if (prev.type === kIdent) return regexAfterWords.has(prev.value);
  if (prev.type === kString) return false;
  const v = prev.value;
  return v !== ')' && v !== ']' && v !== '}';
}

function skipQuoted(code, i, quote) {
  const n = code.length;
  for (i++; i < n; i++) {
    const c = StringPrototypeCharCodeAt(code, i);
    if (c === 92) i++;
    else if (c === quote || c === 10) return i + 1;
  }
  return n;
}

// From inside a template literal: to its end, or into a `${` (recorded in templateDepths).
function skipTemplate(code, i, templateDepths, braceDepth) {
  const n = code.length;
  for (; i < n; i++) {
    const c = StringPrototypeCharCodeAt(code, i);
    if (c === 92) {
      i++;
    } else if (c === 96) {
      return i + 1;
    } else if (c === 36 && StringPrototypeCharCodeAt(code, i + 1) === 123) {
      ArrayPush(templateDepths, braceDepth);
      return i + 2;
    }
  }
  return n;
}

function skipRegExp(code, i) {
  const n = code.length;
  let inClass = false;
  for (i++; i < n; i++) {
    const c = StringPrototypeCharCodeAt(code, i);
    if (c === 92) {
      i++;
    } else if (c === 10) {
      return i;
    } else if (inClass) {
      if (c === 93) inClass = false;
    } else if (c === 91) {
      inClass = true;
    } else if (c === 47) {
      i++;
      while (i < n && isIdentChar(StringPrototypeCharCodeAt(code, i))) i++;
      return i;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

// Index of the token that opens the bracket group closed by tokens[close].
function matchBackward(tokens, close) {
  const closer = tokens[close].value;
  const opener = closer === ')' ? '(' : '[';
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const t = tokens[i];
    if (t.type !== kPunct) continue;
    if (t.value === closer) depth++;
    else if (t.value === opener && --depth === 0) return i;
  }
  return -1;
}

// [start, end] offsets in `code` of the call expression at `offset`, or undefined.
function findCall(code, offset) {
  // The argument list's opening parenthesis: at `offset`, or after the callee name found there.
  let paren = offset;
  const n = code.length;
  while (paren < n) {
    const c = StringPrototypeCharCodeAt(code, paren);
    if (c === 40) break;
    if (!isIdentChar(c) && c !== 46 && c !== 63 && !isSpace(c)) return undefined;
    paren++;
  }
  if (paren >= n) return undefined;

  const tokens = tokenize(code, paren);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start === paren) {
      open = i;
      break;
    }
  }
  if (open === -1) return undefined;
  const last = tokens[tokens.length - 1];
  if (last.value !== ')' || tokens.length - 1 === open) return undefined;

  // The callee: a chain of names, `.`/`?.` accesses, calls and index expressions.
  let first = open - 1;
  if (first < 0) return undefined;
  for (;;) {
    const t = tokens[first];
    let head;
    if (t.type === kIdent) {
      head = first;
    } else if (t.type === kPunct && (t.value === ')' || t.value === ']')) {
      head = matchBackward(tokens, first);
      if (head === -1) return undefined;
    } else {
      return undefined;
    }
    first = head;
    // Continue through a member access (`a.b`, `a?.b`) or into the callee of a call / index.
    const before = tokens[head - 1];
    if (before === undefined) break;
    if (before.type === kPunct && before.value === '.') {
      const beforeDot = tokens[head - 2];
      if (beforeDot === undefined) break;
      first = beforeDot.type === kPunct && beforeDot.value === '?' ? head - 3 : head - 2;
      if (first < 0) return undefined;
      continue;
    }
    if (t.type === kPunct && (before.type === kIdent && !regexAfterWords.has(before.value) ||
        (before.type === kPunct && (before.value === ')' || before.value === ']')))) {
      first = head - 1;
      continue;
    }
    break;
  }
  return [tokens[first].start, last.end];
}

function escapeControl(ch) {
  const c = StringPrototypeCharCodeAt(ch, 0);
  if (c === 8) return '\\b';
  if (c === 12) return '\\f';
  return `\\u${StringPrototypeSlice(`000${StringPrototypeToString(c, 16)}`, -4)}`;
}

function getErrMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  const { file, line, column } = site;
  if (StringPrototypeStartsWith(file, 'node:')) return undefined;
  const key = `${file}\u0000${line}\u0000${column}`;
  if (cache.has(key)) return cache.get(key);
  let message;
  try {
    message = buildMessage(file, line, column);
  } catch {
    message = undefined;
  }
  cache.set(key, message);
  return message;
}

function buildMessage(file, line, column) {
  const source = readSource(file);
  if (source === undefined) return undefined;
  // The code from the start of the call's line on.
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const nl = StringPrototypeIndexOf(source, '\n', lineStart);
    if (nl === -1) return undefined;
    lineStart = nl + 1;
  }
  const code = StringPrototypeSlice(source, lineStart);
  const range = findCall(code, column - 1);
  if (range === undefined) return undefined;
  const start = range[0];
  let text = StringPrototypeReplace(StringPrototypeSlice(code, start, range[1]),
                                    /[\x00-\x08\x0b\x0c\x0e-\x1f]/g, escapeControl);
  // Continuation lines lose the indentation of the call's first line.
  if (StringPrototypeIndexOf(text, '\n') !== -1) {
    const lines = StringPrototypeSplit(StringPrototypeReplace(text, /\r\n/g, '\n'), '\n');
    const parts = [lines[0]];
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i];
      let p = 0;
      while (p < start && (l[p] === ' ' || l[p] === '\t')) p++;
      ArrayPush(parts, `\n  ${StringPrototypeSlice(l, p)}`);
    }
    text = ArrayJoin(parts, '');
  }
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

module.exports = { getErrMessage };
