'use strict';
// Brace expansion for path.matchesGlob, as the minimatch that Node v20 uses expands: `a{b,c}` lists,
// `{1..10..2}` / `{a..e}` sequences (zero-padded when an end is), nesting, a `${...}` left alone,
// at most 100,000 results. Patterns reach here with no backslashes (matchesGlob turns them into
// '/'), so nothing is escaped: a leading `{}` and the odd unmatched brace are kept literally by
// marking them with backslash sequences that are restored at the end.

const kMax = 100000;
const kOpen = '\\o';
const kClose = '\\c';

const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeSplit = Function.prototype.call.bind(String.prototype.split);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);
const RegExpPrototypeTest = Function.prototype.call.bind(RegExp.prototype.test);

/**
 * The brace pair to expand first: scanning opens and closes left to right, the first close that
 * leaves a single open pending ends the outermost pair; if the string runs out of closes with
 * opens still pending, the leftmost pair closed so far is used instead. null: no pair.
 */
function findPair(str) {
  let open = StringPrototypeIndexOf(str, '{');
  let close = StringPrototypeIndexOf(str, '}', open + 1);
  if (open < 0 || close <= 0) return null;
  const pending = [];
  let left = str.length;
  let right;
  let i = open;
  while (i >= 0) {
    if (i === open) {
      pending.push(i);
      open = StringPrototypeIndexOf(str, '{', i + 1);
    } else if (pending.length === 1) {
      return makePair(str, pending.pop(), close);
    } else {
      const start = pending.pop();
      if (start < left) {
        left = start;
        right = close;
      }
      close = StringPrototypeIndexOf(str, '}', i + 1);
    }
    i = open < close && open >= 0 ? open : close;
  }
  return pending.length !== 0 && right !== undefined ? makePair(str, left, right) : null;
}

function makePair(str, start, end) {
  return {
    pre: StringPrototypeSlice(str, 0, start),
    body: StringPrototypeSlice(str, start + 1, end),
    post: StringPrototypeSlice(str, end + 1),
  };
}

// The comma-separated members of a brace body, commas inside nested braces excluded.
function splitMembers(str) {
  if (str.length === 0) return [''];
  const pair = findPair(str);
  if (pair === null) return StringPrototypeSplit(str, ',');
  const members = StringPrototypeSplit(pair.pre, ',');
  members[members.length - 1] += `{${pair.body}}`;
  const after = splitMembers(pair.post);
  if (pair.post.length !== 0) {
    members[members.length - 1] += after.shift();
    for (let i = 0; i < after.length; i++) members.push(after[i]);
  }
  return members;
}

function sequenceValue(str) {
  // eslint-disable-next-line no-restricted-globals
  return !isNaN(str) ? Number.parseInt(str, 10) : str.charCodeAt(0);
}

// The members of `{x..y}` / `{x..y..step}`.
function expandSequence(parts, alpha) {
  const from = sequenceValue(parts[0]);
  const to = sequenceValue(parts[1]);
  const width = Math.max(parts[0].length, parts[1].length);
  let step = parts.length === 3 ? Math.abs(sequenceValue(parts[2])) : 1;
  const down = to < from;
  if (down) step = -step;
  const padded = parts.some((part) => RegExpPrototypeTest(/^-?0\d/, part));
  const out = [];
  // A zero step never ends in minimatch; stopping at the result limit keeps coil responsive.
  for (let i = from; down ? i >= to : i <= to; i += step) {
    if (out.length >= kMax) break;
    let member;
    if (alpha) {
      member = String.fromCharCode(i);
      if (member === '\\') member = '';
    } else {
      member = String(i);
      if (padded && width > member.length) {
        const zeros = '0'.repeat(width - member.length);
        member = i < 0 ? `-${zeros}${StringPrototypeSlice(member, 1)}` : `${zeros}${member}`;
      }
    }
    out.push(member);
  }
  return out;
}

function expandFrom(str, isTop) {
  const pair = findPair(str);
  if (pair === null) return [str];
  const { pre, body } = pair;
  const posts = pair.post.length !== 0 ? expandFrom(pair.post, false) : [''];
  const out = [];
  if (RegExpPrototypeTest(/\$$/, pre)) {
    for (let k = 0; k < posts.length && k < kMax; k++) out.push(`${pre}{${body}}${posts[k]}`);
    return out;
  }
  const numeric = RegExpPrototypeTest(/^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/, body);
  const alpha = RegExpPrototypeTest(/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/, body);
  const sequence = numeric || alpha;
  if (!sequence && StringPrototypeIndexOf(body, ',') === -1) {
    // `{x}` stays literal; when a later `,...}` could close a list, this close is made literal so
    // that the list is found from this open.
    if (RegExpPrototypeTest(/,(?!,).*\}/, pair.post)) return expandFrom(`${pre}{${body}${kClose}${pair.post}`, true);
    return [str];
  }
  let members;
  if (sequence) {
    members = expandSequence(StringPrototypeSplit(body, /\.\./), alpha);
  } else {
    let parts = splitMembers(body);
    if (parts.length === 1) {
      // A single member (its commas were nested): expand it and keep the braces around.
      parts = expandFrom(parts[0], false).map((member) => `{${member}}`);
      if (parts.length === 1) return posts.map((post) => pre + parts[0] + post);
    }
    members = [];
    for (let j = 0; j < parts.length; j++) {
      const expanded = expandFrom(parts[j], false);
      for (let e = 0; e < expanded.length; e++) members.push(expanded[e]);
    }
  }
  for (let j = 0; j < members.length; j++) {
    for (let k = 0; k < posts.length && out.length < kMax; k++) {
      const expansion = pre + members[j] + posts[k];
      // Empty results are dropped at the top level, except from sequences.
      if (!isTop || sequence || expansion.length !== 0) out.push(expansion);
    }
  }
  return out;
}

/** The patterns `pattern` (with no backslashes) stands for. */
function expandBraces(pattern) {
  if (!RegExpPrototypeTest(/\{(?:(?!\{).)*\}/, pattern)) return [pattern];
  if (StringPrototypeSlice(pattern, 0, 2) === '{}') pattern = `${kOpen}${kClose}${StringPrototypeSlice(pattern, 2)}`;
  const expanded = expandFrom(pattern, true);
  for (let i = 0; i < expanded.length; i++) {
    expanded[i] = StringPrototypeReplaceAll(StringPrototypeReplaceAll(expanded[i], kOpen, '{'), kClose, '}');
  }
  return expanded;
}

module.exports = { expandBraces };
