const qs = require('querystring');
const inputs = ['a=%41%42%43', '%E2%82%AC=%F0%9F%98%80', 'caf%C3%A9=cr%C3%A8me', 'a=%e2%82%ac', 'x=%25', 'x=%2525',
  'q=%26%3D%3F', 'k%3Dx=v%26y', 'a=%00b', 'path=%2Fusr%2Flocal', 'a=%7E%21%2A%27%28%29'];
for (const s of inputs) console.log(JSON.stringify(s), '->', JSON.stringify(qs.parse(s)));
