// keepAliveTimeout option validation.
const http = require('http');
for (const v of [1000, 0, undefined, 'x', -1, 1.5, null]) {
  try { const s = http.createServer({ keepAliveTimeout: v }); console.log(v, s.keepAliveTimeout); } catch (e) { console.log(v, e.code, e.message); }
}
