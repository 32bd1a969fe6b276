'use strict';
// One path segment of a path.matchesGlob pattern, compiled as the minimatch that Node v20 uses
// compiles it (options dot: false, case-sensitive, no escapes): `*`, `?`, `[...]` classes (ranges,
// `!`/`^` negation, POSIX `[:alpha:]` classes) and the extglobs `!(..)`, `?(..)`, `+(..)`, `*(..)`,
// `@(..)`. The result is the segment itself when nothing in it is magic, else an anchored RegExp.
//
// A segment parses into a tree: the root and every extglob alternative hold strings and extglob
// nodes; an extglob node holds its alternatives. A `!(..)` must match nothing that the rest of the
// segment would also accept, so before compiling, what follows it is copied into each of its
// alternatives (the negative lookahead then covers the whole tail).

const kStar = '[^/]*?';
const kStarNoEmpty = '[^/]+?';
const kQuestion = '[^/]';
const kNoDot = '(?!\\.)';
const kNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const kExtTypes = '!?+*@';

const StringPrototypeReplace = Function.prototype.call.bind(String.prototype.replace);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const RegExpPrototypeTest = Function.prototype.call.bind(RegExp.prototype.test);
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);

function regExpEscape(s) {
  return StringPrototypeReplace(s, /[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

// The text a compiled source without magic stands for: escapes dropped, and a one-character
// class (not after a backslash) is that character.
function literalOf(s) {
  return StringPrototypeReplace(StringPrototypeReplace(s, /((?!\\).|^)\[([^/\\])\]/g, '$1$2'),
    /\\([^/])/g, '$1');
}

// [class, needs the RegExp 'u' flag, negated (matches what the class does not)]
const kPosixClasses = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

function classEscape(s) {
  return StringPrototypeReplace(s, /[[\]\\-]/g, '\\$&');
}

/**
 * The `[...]` class at glob[pos]: { source, unicode, length (0: not a class, '[' is literal), magic }.
 * An empty class (or a range ending in a POSIX class) matches nothing and swallows the rest.
 */
function parseClass(glob, pos) {
  const ranges = [];
  const negated = [];
  let i = pos + 1;
  let started = false;
  let unicode = false;
  let negate = false;
  let end = pos;
  let rangeStart = '';
  scan: while (i < glob.length) {
    const c = glob[i];
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && started) {
      end = i + 1;
      break;
    }
    started = true;
    if (c === '[') {
      for (let k = 0; k < kPosixClasses.length; k++) {
        const { 0: name, 1: source, 2: needsUnicode, 3: isNegated } = kPosixClasses[k];
        if (StringPrototypeStartsWith(glob, name, i)) {
          if (rangeStart) return { source: '$.', unicode: false, length: glob.length - pos, magic: true };
          i += name.length;
          if (isNegated) negated.push(source);
          else ranges.push(source);
          unicode = unicode || needsUnicode;
          continue scan;
        }
      }
    }
    if (rangeStart) {
      if (c > rangeStart) ranges.push(`${classEscape(rangeStart)}-${classEscape(c)}`);
      else if (c === rangeStart) ranges.push(classEscape(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (StringPrototypeStartsWith(glob, '-]', i + 1)) {
      ranges.push(classEscape(`${c}-`));
      i += 2;
      continue;
    }
    if (StringPrototypeStartsWith(glob, '-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(classEscape(c));
    i++;
  }
  if (end < i) return { source: '', unicode: false, length: 0, magic: false };
  if (ranges.length === 0 && negated.length === 0) {
    return { source: '$.', unicode: false, length: glob.length - pos, magic: true };
  }
  // A class of one plain character is just that character.
  if (negated.length === 0 && ranges.length === 1 && !negate && RegExpPrototypeTest(/^\\?.$/, ranges[0])) {
    const char = ranges[0].length === 2 ? ranges[0][1] : ranges[0];
    return { source: regExpEscape(char), unicode: false, length: end - pos, magic: false };
  }
  const positive = `[${negate ? '^' : ''}${ArrayPrototypeJoin(ranges, '')}]`;
  const negative = `[${negate ? '' : '^'}${ArrayPrototypeJoin(negated, '')}]`;
  let source;
  if (ranges.length !== 0 && negated.length !== 0) source = `(${positive}|${negative})`;
  else source = ranges.length !== 0 ? positive : negative;
  return { source, unicode, length: end - pos, magic: true };
}

/** A run of plain pattern text: [source, literal, magic, unicode]. */
function compileText(glob, magic, noEmpty) {
  let source = '';
  let unicode = false;
  let inStar = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (inStar) continue;
      inStar = true;
      // A segment of stars alone needs at least one character.
      source += noEmpty && RegExpPrototypeTest(/^[*]+$/, glob) ? kStarNoEmpty : kStar;
      magic = true;
      continue;
    }
    inStar = false;
    if (c === '[') {
      const parsed = parseClass(glob, i);
      if (parsed.length !== 0) {
        source += parsed.source;
        unicode = unicode || parsed.unicode;
        i += parsed.length - 1;
        magic = magic || parsed.magic;
        continue;
      }
    }
    if (c === '?') {
      source += kQuestion;
      magic = true;
      continue;
    }
    source += regExpEscape(c);
  }
  return [source, literalOf(glob), !!magic, unicode];
}

class Node {
  constructor(type, parent) {
    this.type = type; // null (the root or an alternative) or one of kExtTypes
    this.parent = parent;
    this.root = parent === undefined ? this : parent.root;
    this.parts = [];
    this.index = parent === undefined ? 0 : parent.parts.length; // position in the parent when made
    this.magic = type !== null ? true : undefined;
    this.unicode = false;
    this.emptyExt = false; // `x()`: an extglob with nothing inside
    this.text = undefined;
    if (parent === undefined) {
      this.negations = [];
      this.negationsFilled = false;
    } else if (type === '!' && !this.root.negationsFilled) {
      this.root.negations.push(this);
    }
  }

  push(part) {
    if (part !== '') this.parts.push(part);
  }

  toString() {
    if (this.text !== undefined) return this.text;
    const inner = this.parts.map(String);
    this.text = this.type === null ? ArrayPrototypeJoin(inner, '') : `${this.type}(${ArrayPrototypeJoin(inner, '|')})`;
    return this.text;
  }

  clone(parent) {
    const copy = new Node(this.type, parent);
    for (let i = 0; i < this.parts.length; i++) copy.copyIn(this.parts[i]);
    return copy;
  }

  copyIn(part) {
    this.push(typeof part === 'string' ? part : part.clone(this));
  }

  // At the start of the segment: nothing but negations before it.
  isStart() {
    if (this.root === this) return true;
    if (!this.parent.isStart()) return false;
    if (this.index === 0) return true;
    for (let i = 0; i < this.index; i++) {
      const before = this.parent.parts[i];
      if (!(before instanceof Node && before.type === '!')) return false;
    }
    return true;
  }

  isEnd() {
    if (this.root === this) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (this.type === null) return true;
    return this.index === this.parent.parts.length - 1;
  }

  // Appends, to every alternative of each `!(..)`, copies of what follows it up to the root.
  fillNegations() {
    if (this.negationsFilled) return;
    this.toString();
    this.negationsFilled = true;
    let negation;
    while ((negation = this.negations.pop()) !== undefined) {
      if (negation.type !== '!') continue;
      let child = negation;
      let parent = child.parent;
      while (parent !== undefined) {
        for (let i = child.index + 1; parent.type === null && i < parent.parts.length; i++) {
          for (let a = 0; a < negation.parts.length; a++) negation.parts[a].copyIn(parent.parts[i]);
        }
        child = parent;
        parent = child.parent;
      }
    }
  }

  alternativesSource(dot) {
    const sources = [];
    const whole = this.isStart() && this.isEnd();
    for (let i = 0; i < this.parts.length; i++) {
      const compiled = this.parts[i].toSource(dot);
      this.unicode = this.unicode || compiled[3];
      if (!whole || compiled[0] !== '') sources.push(compiled[0]);
    }
    return ArrayPrototypeJoin(sources, '|');
  }

  /** [regexp source, literal text, magic, needs 'u'] */
  toSource(allowDot) {
    const dot = allowDot ?? false;
    if (this.root === this) this.fillNegations();
    if (this.type === null) return this.sequenceSource(dot, allowDot);
    const repeated = this.type === '*' || this.type === '+';
    let body = this.alternativesSource(dot);
    if (this.isStart() && this.isEnd() && body === '' && this.type !== '!') {
      // `@()` and the like, alone in the segment: plain text.
      const text = this.toString();
      this.parts = [text];
      this.type = null;
      this.magic = undefined;
      return [text, literalOf(this.toString()), false, false];
    }
    // `*(..)` and `+(..)` may repeat into members that start with a dot after the first one.
    let dotBody = !repeated || allowDot || dot ? '' : this.alternativesSource(true);
    if (dotBody === body) dotBody = '';
    if (dotBody !== '') body = `(?:${body})(?:${dotBody})*?`;
    let source;
    if (this.type === '!' && this.emptyExt) {
      source = (this.isStart() && !dot ? kNoDot : '') + kStarNoEmpty;
    } else {
      let close;
      if (this.type === '!') close = `))${this.isStart() && !dot && !allowDot ? kNoDot : ''}${kStar})`;
      else if (this.type === '@') close = ')';
      else if (this.type === '?') close = ')?';
      else if (this.type === '+' && dotBody !== '') close = ')';
      else if (this.type === '*' && dotBody !== '') close = ')?';
      else close = `)${this.type}`;
      source = (this.type === '!' ? '(?:(?!(?:' : '(?:') + body + close;
    }
    this.magic = !!this.magic;
    return [source, literalOf(body), this.magic, this.unicode];
  }

  sequenceSource(dot, allowDot) {
    const noEmpty = this.isStart() && this.isEnd() && this.parts.every((part) => typeof part === 'string');
    let source = '';
    for (let i = 0; i < this.parts.length; i++) {
      const part = this.parts[i];
      const compiled = typeof part === 'string' ? compileText(part, this.magic, noEmpty) : part.toSource(allowDot);
      this.magic = this.magic || compiled[2];
      this.unicode = this.unicode || compiled[3];
      source += compiled[0];
    }
    let start = '';
    if (this.isStart() && typeof this.parts[0] === 'string' &&
        !(this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..'))) {
      // Never match '.' or '..', and no leading dot unless the pattern has one.
      const canStartWithDot = (s, at) => s[at] === '[' || s[at] === '.';
      const noTraversal = (dot && canStartWithDot(source, 0)) ||
        (StringPrototypeStartsWith(source, '\\.') && canStartWithDot(source, 2)) ||
        (StringPrototypeStartsWith(source, '\\.\\.') && canStartWithDot(source, 4));
      const noDot = !dot && !allowDot && canStartWithDot(source, 0);
      start = noTraversal ? kNoTraversal : noDot ? kNoDot : '';
    }
    const end = this.isEnd() && this.root.negationsFilled && this.parent?.type === '!' ? '(?:$|\\/)' : '';
    this.magic = !!this.magic;
    return [start + source + end, literalOf(source), this.magic, this.unicode];
  }
}

// Parses glob[pos..] into `node` (the root, or an extglob whose '(' is at pos); returns where
// parsing stopped. Text and nested extglobs go to the root, or to the current alternative.
function parseInto(glob, node, pos) {
  const isExt = node.type !== null;
  let i = isExt ? pos + 1 : pos;
  let target = isExt ? new Node(null, node) : node;
  const alternatives = [];
  let text = '';
  // Characters of a `[...]` class are taken as they are (an extglob cannot start inside one).
  let inClass = false;
  let classStart = -1;
  let classNegated = false;
  while (i < glob.length) {
    const c = glob[i++];
    if (inClass) {
      if (i === classStart + 1) {
        if (c === '^' || c === '!') classNegated = true;
      } else if (c === ']' && !(i === classStart + 2 && classNegated)) {
        inClass = false;
      }
      text += c;
    } else if (c === '[') {
      inClass = true;
      classStart = i;
      classNegated = false;
      text += c;
    } else if (kExtTypes.includes(c) && glob[i] === '(') {
      target.push(text);
      text = '';
      const ext = new Node(c, target);
      i = parseInto(glob, ext, i);
      target.push(ext);
    } else if (isExt && c === '|') {
      target.push(text);
      text = '';
      alternatives.push(target);
      target = new Node(null, node);
    } else if (isExt && c === ')') {
      // (node.parts is still empty here: alternatives are added below.)
      if (text === '' && node.parts.length === 0) node.emptyExt = true;
      target.push(text);
      for (let a = 0; a < alternatives.length; a++) node.push(alternatives[a]);
      node.push(target);
      return i;
    } else {
      text += c;
    }
  }
  if (!isExt) {
    node.push(text);
    return i;
  }
  // Unclosed: the rest, from the type character on, is text (still globbed).
  node.type = null;
  node.magic = undefined;
  node.parts = [glob.slice(pos - 1)];
  return i;
}

/** The segment as a string (nothing magic in it) or an anchored RegExp. */
function compileSegment(segment) {
  const root = new Node(null, undefined);
  parseInto(segment, root, 0);
  const { 0: source, 1: literal, 2: magic, 3: unicode } = root.toSource();
  if (!magic && !root.magic) return literal;
  return new RegExp(`^${source}$`, unicode ? 'u' : '');
}

module.exports = { compileSegment };
