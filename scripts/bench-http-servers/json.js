// wrk target: a 1 KB JSON document built per request (JSON.stringify on every hit).
const http = require('http');
const items = [];
for (let i = 0; i < 12; i++) items.push({ id: i, name: `item number ${i}`, tags: ['a', 'b', 'c'], price: i * 1.25, ok: i % 2 === 0 });
http.createServer((req, res) => {
  const body = JSON.stringify({ items, total: items.length, page: 1 });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
