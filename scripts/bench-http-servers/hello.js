// wrk target: the classic hello-world server. Listens on the port given as argv[2].
const http = require('http');
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
