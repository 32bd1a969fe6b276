const root = __dirname.slice(0, __dirname.lastIndexOf('/cases'));
for (const spec of ['./does-not-exist', '../fixtures/cjs/missing.js', 'no-such-package-xyz', 'no-such-package-xyz/sub', '/absolutely/not/here.js']) {
  try {
    require(spec);
  } catch (e) {
    console.log(e.code, e.name, '|', e.message.split('\n')[0].replace(root, '<root>'));
    console.log('  requireStack:', Array.isArray(e.requireStack), (e.requireStack || []).map((p) => p.replace(root, '<root>')));
  }
}
try { require('node:nonexistent'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require(''); } catch (e) { console.log(e.code); }
try { require(42); } catch (e) { console.log(e.code); }
