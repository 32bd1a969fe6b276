const dir = import.meta.dirname.slice(0, import.meta.dirname.lastIndexOf('/cases'));
for (const spec of ['./missing.mjs', '../fixtures/esm/missing.mjs', 'no-such-package-xyz', '../fixtures/cjs/add']) {
  try {
    await import(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(spec, '->', e.code, e.name);
    console.log('  ', e.message.split('\n')[0].replaceAll(dir, '<root>'));
  }
}
try { await import('node:nope'); } catch (e) { console.log(e.code); }
