// ESM imports of node:fs: default export, named exports, and their identity with require('fs').
import fs, { readFileSync, writeFileSync, promises, constants, existsSync, Stats } from 'node:fs';
import * as ns from 'fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const cjs = require('fs');
console.log('default is require', fs === cjs);
console.log('named same', readFileSync === cjs.readFileSync, promises === cjs.promises, constants === cjs.constants, Stats === cjs.Stats);
console.log('namespace default', ns.default === cjs);
const nsKeys = Object.keys(ns).filter((k) => k !== 'default');
console.log('namespace keys', nsKeys.length, nsKeys.join(','));
console.log('missing in namespace', Object.keys(cjs).filter((k) => !(k in ns)).join(','));
const dir = fs.mkdtempSync(join(tmpdir(), 'coil-conf-esm-import-'));
try {
  writeFileSync(join(dir, 'f'), 'from esm');
  console.log(readFileSync(join(dir, 'f'), 'utf8'), existsSync(join(dir, 'f')));
  const url = new URL('file://' + join(dir, 'f'));
  console.log('URL path', readFileSync(url, 'utf8'));
  console.log('self', readFileSync(new URL(import.meta.url), 'utf8').split('\n')[0]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
