for (const bad of [undefined, null, 'string', 42, {}]) {
  try {
    setTimeout(bad, 1);
    console.log('no throw for', typeof bad);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
try { setInterval(); } catch (e) { console.log('setInterval', e.code); }
try { setImmediate(); } catch (e) { console.log('setImmediate', e.code); }
