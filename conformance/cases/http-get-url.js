'use strict';
// http.get/request with URL strings and objects, auth, extra options merged, and the request
// line and Host header they produce.
const http = require('http');
const server = http.createServer((req, res) => {
  res.end(JSON.stringify({ url: req.url, host: req.headers.host.replace(/:\d+$/, ':PORT'), auth: req.headers.authorization, x: req.headers['x-extra'] }));
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const fetchText = (...args) => new Promise((resolve) => {
    http.get(...args, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    });
  });
  console.log(await fetchText(`${base}/path?q=1#frag`));
  console.log(await fetchText(new URL(`${base}/u%20rl`)));
  console.log(await fetchText(`http://user:p%40ss@127.0.0.1:${server.address().port}/auth`));
  console.log(await fetchText(`${base}/merged`, { headers: { 'X-Extra': 'yes' } }));
  try { http.get('not a url'); } catch (e) { console.log(e.code, e.message); }
  try { http.get('https://127.0.0.1/'); } catch (e) { console.log(e.code, e.message); }
  server.close();
});
