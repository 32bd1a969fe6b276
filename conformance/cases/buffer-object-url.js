// URL.createObjectURL / buffer.resolveObjectURL round trip for Blobs.
'use strict';
const { Blob, resolveObjectURL } = require('buffer');
(async () => {
  const blob = new Blob(['object url data'], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  console.log(typeof url, /^blob:nodedata:[0-9a-f-]{36}$/.test(url));
  const back = resolveObjectURL(url);
  console.log(back instanceof Blob, back.size, back.type, await back.text());
  console.log(resolveObjectURL(url + '#frag') instanceof Blob);
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  console.log(resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('http://x'), resolveObjectURL('not a url'));
  try {
    resolveObjectURL();
  } catch (e) {
    console.log('no arg', e.name, e.code);
  }
  try {
    URL.createObjectURL('str');
  } catch (e) {
    console.log('not a blob', e.name, e.code, e.message);
  }
})();
