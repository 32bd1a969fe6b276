// node:os — ESM named exports match the CommonJS object.
import os, { EOL, platform, constants, tmpdir, devNull, endianness } from 'node:os';
import * as ns from 'os';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(os === require('os'), EOL === os.EOL, platform === os.platform, constants === os.constants);
console.log(tmpdir === os.tmpdir, devNull, endianness());
console.log(Object.keys(ns).sort().join(','));
console.log(ns.default === os, Object.keys(os).every((k) => k in ns));
