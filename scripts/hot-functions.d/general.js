// A general workload for scripts/hot-functions: the everyday work of a Node program besides
// serving HTTP (modules, console, util.inspect, fs, streams, events, timers, promises, Buffer,
// JSON, regular expressions, classes), so that the code it runs is laid out with the hot code.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { EventEmitter } = require('events');
const { Readable, Transform } = require('stream');
const { pipeline } = require('stream/promises');
const crypto = require('crypto');
const assert = require('assert');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-hot-'));

class Shape {
  #id;
  constructor(id, kind) { this.#id = id; this.kind = kind; }
  get id() { return this.#id; }
  describe() { return `${this.kind} #${this.#id}`; }
}

async function main() {
  const shapes = Array.from({ length: 200 }, (_, i) => new Shape(i, i % 2 ? 'circle' : 'square'));
  const data = { shapes: shapes.map((s) => ({ id: s.id, text: s.describe() })), nested: { a: [1, 2.5, 'x'], m: new Map([[1, 'one']]) } };
  console.log(util.inspect(data, { depth: 4 }).length > 0);
  console.log(shapes.slice(0, 2), new Set([1, 'two']), [undefined, null, -0, 10n], /re/g);
  console.log('%s has %d items: %j', 'list', shapes.length, { ok: true });

  const json = JSON.stringify(data);
  assert.deepStrictEqual(JSON.parse(json).shapes.length, 200);
  const words = json.match(/[a-z]+/g).filter((w) => w.length > 3).sort().join(',');
  console.log(words.replace(/(\w+),\1/g, '$1').split(',').length > 0);

  const file = path.join(dir, 'data.json');
  fs.writeFileSync(file, json);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), json);
  await fs.promises.writeFile(file + '.2', Buffer.from(json).toString('base64'));
  const back = Buffer.from(await fs.promises.readFile(file + '.2', 'latin1'), 'base64');
  assert.strictEqual(back.toString(), json);
  console.log(fs.readdirSync(dir).length, fs.statSync(file).size === json.length);

  const upper = new Transform({ transform(chunk, _enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
  await pipeline(Readable.from(['a', 'b', 'c']), upper, fs.createWriteStream(path.join(dir, 'out.txt')));
  for await (const chunk of fs.createReadStream(path.join(dir, 'out.txt'), 'utf8')) console.log(chunk);

  const emitter = new EventEmitter();
  let total = 0;
  emitter.on('n', (n) => { total += n; });
  for (let i = 0; i < 1000; i++) emitter.emit('n', i);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await Promise.all([1, 2, 3].map(async (n) => { await null; total += n; }));
  setImmediate(() => console.log('immediate', total));
  process.nextTick(() => console.log('tick'));

  console.log(crypto.createHash('sha256').update(json).digest('hex').length);
  const err = new TypeError('bad thing');
  console.log(err.message, util.format('%o', [1]), path.resolve('a/../b').length > 0);
  fs.rmSync(dir, { recursive: true });
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
