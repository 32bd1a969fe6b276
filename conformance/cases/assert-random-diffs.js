'use strict';
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
function randomValue(r, depth) {
  const k = Math.floor(r() * (depth > 3 ? 6 : 10));
  switch (k) {
    case 0: return Math.floor(r() * 20) - 5;
    case 1: return ['a', 'bb', 'hello world', '', 'x'.repeat(Math.floor(r() * 90))][Math.floor(r() * 5)];
    case 2: return [true, false, null, undefined, NaN, -0][Math.floor(r() * 6)];
    case 3: return `${Math.floor(r() * 3)}`;
    case 4: return Math.floor(r() * 3);
    case 5: return r() < 0.5 ? 1n : Symbol.for('s');
    case 6: {
      const arr = [];
      for (let i = Math.floor(r() * 12); i > 0; i--) arr.push(randomValue(r, depth + 1));
      return arr;
    }
    case 7: {
      const obj = {};
      for (let i = Math.floor(r() * 8); i > 0; i--) obj[`k${Math.floor(r() * 10)}`] = randomValue(r, depth + 1);
      return obj;
    }
    case 8: {
      const m = new Map();
      for (let i = Math.floor(r() * 4); i > 0; i--) m.set(randomValue(r, depth + 2), randomValue(r, depth + 1));
      return m;
    }
    default: {
      const s = new Set();
      for (let i = Math.floor(r() * 5); i > 0; i--) s.add(randomValue(r, depth + 1));
      return s;
    }
  }
}
function mutate(v, r, depth = 0) {
  if (r() < 0.15) return randomValue(r, depth);
  if (Array.isArray(v)) {
    const out = v.map((x) => (r() < 0.3 ? mutate(x, r, depth + 1) : x));
    if (r() < 0.2) out.push(randomValue(r, depth + 1));
    return out;
  }
  if (v instanceof Map || v instanceof Set || v === null || typeof v !== 'object') return r() < 0.5 ? v : randomValue(r, depth);
  const out = {};
  for (const key of Object.keys(v)) {
    if (r() < 0.1) continue;
    out[key] = r() < 0.3 ? mutate(v[key], r, depth + 1) : v[key];
  }
  if (r() < 0.2) out[`n${Math.floor(r() * 5)}`] = randomValue(r, depth + 1);
  return out;
}
for (let i = 0; i < 60; i++) {
  const r = rng(i * 7919 + 17);
  const x = randomValue(r, 0);
  const y = mutate(x, r);
  for (const op of ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual']) {
    try {
      assert[op](x, y);
      console.log(i, op, 'ok');
    } catch (e) {
      console.log(i, op, e.generatedMessage);
      console.log(e.message);
    }
  }
}
