// auth is percent-encoded as UTF-8, except for a few safe characters (':' stays).
const url = require('url');
for (const auth of ['user:pass', 'us er:p@ss:w', 'üñí', '\ud83d\ude00', 'a\ud800b', "!'()*-._~", 'a/b?c#d', '', 5, true]) {
  console.log(JSON.stringify(auth), url.format({ protocol: 'http', auth, host: 'h' }));
}
try { url.format({ auth: '\ud800', host: 'h' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.parse('http://%C3%BC%20x:y%40z@h/').href);
