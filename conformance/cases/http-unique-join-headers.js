'use strict';
// uniqueHeaders (server and client): listed fields go out as one line joined with '; ';
// joinDuplicateHeaders joins repeats of single-value fields with ', ' on the receiving side.
const http = require('http');
const net = require('net');

const server = http.createServer({ uniqueHeaders: ['X-Unique', 'set-cookie'] }, (req, res) => {
  if (req.url === '/echo') {
    console.log('server rawHeaders', JSON.stringify(stable(req.rawHeaders)));
    console.log('server headers', req.headers['x-unique'], req.headers['x-multi']);
  }
  res.setHeader('X-Unique', ['a', 'b']);
  res.setHeader('X-Multi', ['a', 'b']);
  res.setHeader('Set-Cookie', ['s=1', 's=2']);
  res.end();
});
const joining = http.createServer({ joinDuplicateHeaders: true }, (req, res) => {
  console.log('joined', JSON.stringify({ ...req.headers, host: undefined }));
  res.end();
});

// Raw header pairs without the ones that vary (Host carries the port, Date the time).
function stable(rawHeaders) {
  const out = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (!/^(host|date)$/i.test(rawHeaders[i])) out.push(`${rawHeaders[i]}: ${rawHeaders[i + 1]}`);
  }
  return out;
}

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(data);
  });
}

server.listen(0, '127.0.0.1', () => joining.listen(0, '127.0.0.1', async () => {
  console.log(JSON.stringify(await raw(server.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  await new Promise((resolve) => {
    const req = http.request({
      port: server.address().port, host: '127.0.0.1', path: '/echo', agent: false,
      uniqueHeaders: ['x-unique'], headers: { 'X-Unique': ['1', '2'], 'X-Multi': ['1', '2'] },
    }, (res) => {
      console.log('client got', JSON.stringify(stable(res.rawHeaders)));
      res.resume();
      res.on('end', resolve);
    });
    req.end();
  });
  await raw(joining.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: a\r\ncontent-type: b\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nX-Other: 1\r\nX-Other: 2\r\nSet-Cookie: c1\r\nSet-Cookie: c2\r\nCookie: k1\r\nCookie: k2\r\n\r\n');
  await new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false, joinDuplicateHeaders: true }, (res) => {
      console.log('client joinDuplicateHeaders', JSON.stringify(res.headers['x-multi']), JSON.stringify(res.headers['set-cookie']));
      res.resume();
      res.on('end', resolve);
    });
    req.end();
  });
  server.close();
  joining.close();
}));
