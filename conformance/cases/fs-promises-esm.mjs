// ESM imports of node:fs/promises: named and default exports, top-level await.
import fsp, { readFile, writeFile, mkdtemp, rm, constants, open } from 'node:fs/promises';
import * as ns from 'fs/promises';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

console.log('default is fs.promises', fsp === fs.promises);
console.log('named same', readFile === fs.promises.readFile, constants === fs.constants);
console.log('namespace keys', Object.keys(ns).filter((k) => k !== 'default').sort().join(','));
const dir = await mkdtemp(join(tmpdir(), 'coil-conf-promises-esm-'));
try {
  await writeFile(join(dir, 'f'), 'top-level await');
  console.log(await readFile(join(dir, 'f'), 'utf8'));
  const fh = await open(join(dir, 'f'));
  console.log('handle read', (await fh.read(Buffer.alloc(3), 0, 3, 0)).bytesRead);
  await fh.close();
  console.log('own source', (await readFile(new URL(import.meta.url), 'utf8')).split('\n')[0]);
} finally {
  await rm(dir, { recursive: true, force: true });
}
