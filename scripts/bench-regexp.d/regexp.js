// One measurement of scripts/bench-regexp (run the same way by node and coil):
//
//   <runtime> scripts/bench-regexp.d/regexp.js METHOD SIZE VARIANT MIN_MS
//
// Makes SIZE UTF-16 code units of prose (VARIANT ascii, latin1: also é ü ß £..., or utf16: also
// 中文 and 😀; the same seed for every size, so a smaller text is a prefix of a larger one), then
// calls METHOD on it again and again until MIN_MS have passed (and at least 3 times, unless that
// would take more than 2 s) and prints one JSON line: the median ms per call, the number of
// calls, the text's generation time and a summary of the first call's result (counts and a
// sha1) so the two runtimes' answers can be compared.
'use strict';
const crypto = require('crypto');

const METHODS = {
  // while ((m = re.exec(s))) with a global regex: every capitalized word.
  'exec-loop': (s) => {
    const re = /[A-Z]\w*/g;
    let m, n = 0, sum = 0;
    while ((m = re.exec(s))) { n++; sum += m.index; }
    return `n=${n} sum=${sum}`;
  },
  // re.test(s) with a global regex, advancing lastIndex: every number.
  'test-loop': (s) => {
    const re = /\d+/g;
    let n = 0;
    while (re.test(s)) n++;
    return `n=${n} last=${re.lastIndex}`;
  },
  'match-g': (s) => strings(s.match(/\d/g)),
  'matchAll': (s) => {
    const all = [...s.matchAll(/(\w)(\w)/g)];
    let sum = 0;
    for (const m of all) sum += m.index;
    return `n=${all.length} sum=${sum} ${hash(all.map((m) => m[2] + m[1]).join(''))}`;
  },
  'replace-str': (s) => string(s.replace(/o/g, '0')),
  'replace-fn': (s) => string(s.replace(/(\w+)/g, (m, w) => (w.length > 4 ? w.toUpperCase() : w))),
  'search': (s) => `at=${s.search(/zzz/)}`,
  'split-re': (s) => strings(s.split(/\s+/)),
  'split-str': (s) => strings(s.split(',')),
  // A lexer's loop: a sticky regex consumes the text token by token.
  'sticky-lex': (s) => {
    const re = /\w+|\s+|[^\w\s]/y;
    let n = 0, words = 0, m;
    while (re.lastIndex < s.length && (m = re.exec(s))) {
      n++;
      const c = m[0].charCodeAt(0);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) words++;
    }
    return `n=${n} words=${words} end=${re.lastIndex}`;
  },
};

function hash(text) {
  return crypto.createHash('sha1').update(text).digest('hex').slice(0, 10);
}
function string(text) {
  return `len=${text.length} ${hash(text)}`;
}
function strings(list) {
  return list === null ? 'null' : `n=${list.length} ${hash(list.join('\u0001'))}`;
}

const WORDS = `the of and to in is that for it as with was on be by this are from at or an which
have not but all were when we there can more one been has their if will would about so what up out
them into some could time other than then only its may these two first any like now such new also
well way use after most work where much people year good day through back over still own see take
world house place small found under never last long right great old big high different
following around show every large often together asked important until children side feet car
mile night walk white sea began grow took river four carry state once book hear stop without
second later miss idea enough eat face watch far country real almost let above girl sometimes
mountain cut young talk soon list song being leave family body music color stand sun question
fish area mark dog horse birds problem complete room knew since ever piece told usually friends
easy heard order red door sure become top ship across today during short better best however low
hours black products happened whole measure remember early waves reached`.split(/\s+/);
const EXTRA = {
  ascii: [],
  latin1: ['café', 'naïve', 'façade', 'über', 'señor', 'Straße', '£20', 'déjà', 'résumé', 'Ångström', '©', '±3'],
  utf16: ['中文', '中国', '日本語', '😀', '😀😀', '한국어', 'Ελληνικά', '€5', '—', 'naïve'],
};

function makeText(size, variant) {
  let state = 0x2545f491; // mulberry32
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const extra = EXTRA[variant];
  const pieces = [];
  let length = 0;
  let sentence = 0;
  while (length < size) {
    const count = 5 + Math.floor(rand() * 12);
    for (let i = 0; i < count; i++) {
      const roll = rand();
      let word;
      if (roll < 0.08) word = String(Math.floor(rand() * 10000));
      else if (extra.length && roll < 0.2) word = extra[Math.floor(rand() * extra.length)];
      else word = WORDS[Math.floor(rand() * WORDS.length)];
      if (i === 0 && word.charCodeAt(0) >= 97 && word.charCodeAt(0) <= 122) {
        word = word[0].toUpperCase() + word.slice(1);
      }
      if (i < count - 1 && rand() < 0.1) word += ',';
      const space = i < count - 1 ? ' ' : '';
      pieces.push(word, space);
      length += word.length + space.length;
    }
    sentence++;
    const end = rand() < 0.8 ? '.' : rand() < 0.5 ? '!' : '?';
    const gap = sentence % 6 === 0 ? '\n\n' : ' ';
    pieces.push(end, gap);
    length += 1 + gap.length;
  }
  return pieces.join('').slice(0, size);
}

function main() {
  const [method, sizeArg, variant, minMsArg] = process.argv.slice(2);
  const op = METHODS[method];
  if (!op || !EXTRA[variant]) {
    console.error(`usage: regexp.js METHOD SIZE VARIANT MIN_MS\nmethods: ${Object.keys(METHODS).join(' ')}` +
                  `\nvariants: ${Object.keys(EXTRA).join(' ')}`);
    process.exit(2);
  }
  const size = Number(sizeArg);
  const minMs = Number(minMsArg) || 0;
  let t = performance.now();
  const text = makeText(size, variant);
  const genMs = performance.now() - t;

  // Calls until MIN_MS have passed, and at least 3 while a third fits in 2 s; the median call.
  const times = [];
  let summary;
  let elapsed = 0;
  for (;;) {
    t = performance.now();
    const result = op(text);
    const ms = performance.now() - t;
    if (times.length === 0) summary = result;
    times.push(ms);
    elapsed += ms;
    if (elapsed >= minMs && (times.length >= 3 || elapsed + ms > 2000)) break;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  console.log(JSON.stringify({ method, size, variant, reps: times.length, ms: median,
                               gen_ms: Math.round(genMs), summary }));
}

module.exports = { METHODS, makeText };
if (require.main === module) main();
