'use strict';
const { Readable } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// destroy() from inside a 'data' handler stops the flow.
const r = new Readable({ read() {} });
watch('r', r, ['end', 'close', 'error']);
r.on('data', (d) => {
  console.log('data', d.toString());
  r.destroy();
});
r.push('a');
r.push('b');
r.push(null);
