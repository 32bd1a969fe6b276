'use strict';
// path.matchesGlob (posix and win32): whether a path matches a glob, as Node v20 decides with its
// bundled minimatch and these options: backslashes in the pattern are separators (never escapes),
// no comments, no `!` negation, dot files only when named, case-sensitive on Linux, and pattern
// sets optimized (level 2: `.` and `a/..` segments folded, `**` runs merged, duplicates dropped).
// Braces expand first (glob_braces), then each '/' segment compiles on its own (glob_segment).

const { expandBraces } = require('internal/util/glob_braces');
const { compileSegment } = require('internal/util/glob_segment');

const kGlobstar = Symbol('globstar **');
const kMaxPatternLength = 64 * 1024;

const RegExpPrototypeTest = Function.prototype.call.bind(RegExp.prototype.test);
const StringPrototypeSplit = Function.prototype.call.bind(String.prototype.split);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const StringPrototypeReplace = Function.prototype.call.bind(String.prototype.replace);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);

let warned = false;

// Runs of '/' separate segments; on win32 a leading '//host' keeps its empty UNC segment.
function splitSegments(path, windows) {
  if (windows && RegExpPrototypeTest(/^\/\/[^/]+/, path)) return ['', ...StringPrototypeSplit(path, /\/+/)];
  return StringPrototypeSplit(path, /\/+/);
}

// Whether `a/..` may be folded: `a` is a real name (not '', '.', '..' or '**').
function isFoldable(part) {
  return part && part !== '.' && part !== '..' && part !== '**';
}

// Drops empty and '.' segments inside the pattern (a leading '//' and the last segment stay),
// and a lone './' or './.'.
function dropEmptyAndDot(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i];
    if (i === 1 && part === '' && parts[0] === '') continue;
    if (part === '.' || part === '') {
      changed = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    changed = true;
    parts.pop();
  }
  return changed;
}

/** The path's segments folded as the patterns are (`x/..` and `.` removed), in place. */
function foldPathSegments(parts) {
  let changed;
  do {
    changed = dropEmptyAndDot(parts);
    let dots = 0;
    while ((dots = parts.indexOf('..', dots + 1)) !== -1) {
      if (isFoldable(parts[dots - 1])) {
        changed = true;
        parts.splice(dots - 1, 2);
        dots -= 2;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

// Each pattern on its own: `**/**` becomes `**`; `**/../a/b` splits in two (`../a/b` and `**/a/b`);
// `x/..` and `.` segments fold away (a leading `x/../**` leaves `./**`).
function foldPatterns(patterns) {
  let changed;
  do {
    changed = false;
    for (let p = 0; p < patterns.length; p++) {
      const parts = patterns[p];
      let star = -1;
      while ((star = parts.indexOf('**', star + 1)) !== -1) {
        let last = star;
        while (parts[last + 1] === '**') last++;
        if (last > star) parts.splice(star + 1, last - star);
        const next = parts[star + 1];
        const after = parts[star + 2];
        const afterThat = parts[star + 3];
        if (next !== '..') continue;
        if (!after || after === '.' || after === '..' || !afterThat || afterThat === '.' || afterThat === '..') continue;
        changed = true;
        parts.splice(star, 1);
        const other = parts.slice(0);
        other[star] = '**';
        patterns.push(other);
        star--;
      }
      if (dropEmptyAndDot(parts)) changed = true;
      let dots = 0;
      while ((dots = parts.indexOf('..', dots + 1)) !== -1) {
        if (isFoldable(parts[dots - 1])) {
          changed = true;
          const keepDot = dots === 1 && parts[dots + 1] === '**';
          if (keepDot) parts.splice(dots - 1, 2, '.');
          else parts.splice(dots - 1, 2);
          if (parts.length === 0) parts.push('');
          dots -= 2;
        }
      }
    }
  } while (changed);
  return patterns;
}

// Two patterns that differ only where one has `*` (or a `**` standing for nothing) merge into the
// more general one; false when they do not.
function mergePatterns(a, b) {
  let ai = 0;
  let bi = 0;
  const merged = [];
  let general = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      merged.push(general === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      merged.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      merged.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && !StringPrototypeStartsWith(b[bi], '.') && b[bi] !== '**') {
      if (general === 'b') return false;
      general = 'a';
      merged.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && !StringPrototypeStartsWith(a[ai], '.') && a[ai] !== '**') {
      if (general === 'a') return false;
      general = 'b';
      merged.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && merged;
}

function dedupePatterns(patterns) {
  for (let i = 0; i < patterns.length - 1; i++) {
    for (let j = i + 1; j < patterns.length; j++) {
      const merged = mergePatterns(patterns[i], patterns[j]);
      if (merged) {
        patterns[i] = [];
        patterns[j] = merged;
        break;
      }
    }
  }
  return patterns.filter((parts) => parts.length !== 0);
}

const isDrive = (s) => typeof s === 'string' && RegExpPrototypeTest(/^[a-z]:$/i, s);

// Whether the path segments `file` match the compiled `pattern`.
function matchParts(file, pattern, windows) {
  if (windows) {
    // A drive letter (`c:` or `//?/c:`) matches its other case, and the two forms match each other.
    const fileDrive = isDrive(file[0]);
    const fileUNC = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' && isDrive(file[3]);
    const patternDrive = isDrive(pattern[0]);
    const patternUNC = !patternDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' &&
      isDrive(pattern[3]);
    const fileAt = fileUNC ? 3 : fileDrive ? 0 : undefined;
    const patternAt = patternUNC ? 3 : patternDrive ? 0 : undefined;
    if (fileAt !== undefined && patternAt !== undefined &&
        StringPrototypeToLowerCase(file[fileAt]) === StringPrototypeToLowerCase(pattern[patternAt])) {
      pattern[patternAt] = file[fileAt];
      if (patternAt > fileAt) pattern = pattern.slice(patternAt);
      else if (fileAt > patternAt) file = file.slice(fileAt);
    }
  }
  file = foldPathSegments(file);
  const fileLength = file.length;
  const patternLength = pattern.length;
  let fi = 0;
  let pi = 0;
  for (; fi < fileLength && pi < patternLength; fi++, pi++) {
    const part = pattern[pi];
    const name = file[fi];
    if (part === kGlobstar) {
      const rest = pi + 1;
      // A trailing `**` takes all the remaining segments, unless one is a dot file.
      if (rest === patternLength) {
        for (; fi < fileLength; fi++) {
          if (file[fi] === '.' || file[fi] === '..' || file[fi][0] === '.') return false;
        }
        return true;
      }
      for (let from = fi; from < fileLength; from++) {
        if (matchParts(file.slice(from), pattern.slice(rest), windows)) return true;
        const swallowed = file[from];
        if (swallowed === '.' || swallowed === '..' || swallowed[0] === '.') break;
      }
      return false;
    }
    const hit = typeof part === 'string' ? name === part : RegExpPrototypeTest(part, name);
    if (!hit) return false;
  }
  if (fi === fileLength && pi === patternLength) return true;
  if (fi === fileLength) return false;
  // The pattern ran out first: only a trailing '/' of the path may remain.
  return fi === fileLength - 1 && file[fi] === '';
}

function compilePart(part) {
  if (part === '**') return kGlobstar;
  if (part === '') return '';
  return compileSegment(part);
}

function matchGlob(path, pattern, windows) {
  if (!warned) {
    warned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const { validateString } = require('internal/validators');
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
  pattern = StringPrototypeReplace(pattern, /\\/g, '/');
  if (pattern === '') return path === '';
  const expanded = [...new Set(expandBraces(pattern))];
  const segmentLists = dedupePatterns(foldPatterns(expanded.map((p) => splitSegments(p, windows))));
  const compiled = segmentLists.map((parts) => parts.map(compilePart));
  if (windows) {
    // `//?/c:/...`: the '?' segment is the literal device prefix, not a wildcard.
    for (let i = 0; i < compiled.length; i++) {
      const parts = compiled[i];
      if (parts[0] === '' && parts[1] === '' && segmentLists[i][2] === '?' && isDrive(parts[3])) parts[2] = '?';
    }
    path = StringPrototypeReplace(path, /\\/g, '/');
  }
  const file = splitSegments(path, windows);
  for (let i = 0; i < compiled.length; i++) {
    if (matchParts(file, compiled[i], windows)) return true;
  }
  return false;
}

module.exports = { matchGlob };
