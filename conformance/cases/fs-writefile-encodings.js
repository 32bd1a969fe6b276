'use strict';
// writeFileSync/appendFileSync with an encoding (string argument and options object).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-writefile-encodings-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const cases = [
  ['68c3a9', 'hex'], ['68C3A9', 'HEX'], ['abc', 'hex'], ['zz', 'hex'], ['aMOp', 'base64'],
  ['aMOp==', 'base64'], ['aM-p_w', 'base64url'], ['hé', 'latin1'], ['hé', 'binary'], ['hé', 'ascii'],
  ['hé', 'ucs2'], ['hé', 'utf16le'], ['hé', 'utf8'], ['hé', 'buffer'], ['hé', 'nope'], ['hé', null],
];
for (const [text, enc] of cases) {
  try {
    fs.writeFileSync(p, text, enc);
    console.log('string', text, enc, fs.readFileSync(p));
  } catch (e) {
    show(`string ${text} ${enc}`, e);
  }
  try {
    fs.writeFileSync(p, text, { encoding: enc });
    console.log('object', text, enc, fs.readFileSync(p));
  } catch (e) {
    show(`object ${text} ${enc}`, e);
  }
}
fs.writeFileSync(p, '');
fs.appendFileSync(p, '4142', 'hex');
fs.appendFileSync(p, 'Qw==', { encoding: 'base64' });
console.log('append', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, Buffer.from('buf'), 'hex');
console.log('buffer ignores encoding', fs.readFileSync(p, 'utf8'));
fs.writeFile(p, '6869', 'hex', (err) => {
  console.log('callback hex', err, fs.readFileSync(p, 'utf8'));
  fs.promises.writeFile(p, 'aGk=', { encoding: 'base64' }).then(() => {
    console.log('promise base64', fs.readFileSync(p, 'utf8'));
  });
});
