// javascript: URLs have no host and are not escaped.
const url = require('url');
for (const s of ['javascript:alert("hello");', "javascript:alert('hi')", 'JavaScript:x y', 'javascript://x/y', 'javascript:',
  'javascript:void(0)#x?y', 'javascript:a<b>c']) {
  console.log(url.parse(s));
}
console.log(url.resolve('http://a/b', 'javascript:x'), url.format({ protocol: 'javascript', pathname: 'alert(1)' }));
