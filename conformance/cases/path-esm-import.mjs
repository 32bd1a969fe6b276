import path, { join, win32, posix as p2 } from 'node:path';
import posix from 'node:path/posix';
import * as ns from 'path';
import { sep as wsep, basename } from 'node:path/win32';
console.log(join('a', 'b'), win32.join('a', 'b'), p2 === posix, path.posix === posix, ns.default === path);
console.log(wsep, basename('C:\\x\\y.z', '.z'), typeof ns.resolve, ns.sep);
