// node:os — tmpdir() with TMPDIR from the environment (trailing slash stripped) and runtime changes.
const os = require('os');
console.log(process.env.TMPDIR, os.tmpdir());
const show = (label) => console.log(label, JSON.stringify(os.tmpdir()));
for (const v of ['/tmp/x/', '/', '//', '/a//', '/no/slash', 'rel/', '']) {
  process.env.TMPDIR = v;
  show(JSON.stringify(v));
}
delete process.env.TMPDIR;
process.env.TMP = '/tmpvar/';
show('TMP');
process.env.TEMP = '/tempvar';
show('TMP+TEMP');
delete process.env.TMP;
show('TEMP');
delete process.env.TEMP;
show('none');
process.env.TMPDIR = '/again/';
show('TMPDIR again');
