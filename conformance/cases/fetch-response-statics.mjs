// Response.redirect, Response.error and Response.json statics and their validation.
const show = (e) => console.log(e.name, '|', e.message);
for (const status of [undefined, 301, 302, 303, 307, 308]) {
  const r = Response.redirect('http://x.test/a b?c#d', status);
  console.log(r.status, r.statusText === '', r.ok, r.type, r.redirected, r.url, r.headers.get('location'), [...r.headers], r.body);
}
for (const f of [() => Response.redirect('http://x.test/', 304), () => Response.redirect('not a url'), () => Response.redirect('/relative')]) {
  try { f(); } catch (e) { show(e); }
}
const err = Response.error();
console.log(err.type, err.status, err.statusText, err.ok, err.body, [...err.headers], err.url);
try { err.headers.set('x', 'y'); } catch (e) { show(e); }
const cloned = err.clone();
console.log(cloned.type, cloned.status);
const j = Response.json({ a: [1, 'two'], n: null });
console.log(j.status, j.headers.get('content-type'), await j.text());
const j2 = Response.json('str', { status: 201, statusText: 'Created!', headers: { 'X-Extra': '1', 'content-type': 'application/vnd+json' } });
console.log(j2.status, j2.statusText, [...j2.headers], await j2.json());
console.log(await Response.json(null).text(), await Response.json(42).text(), await Response.json([]).json());
try { Response.json(1n); } catch (e) { console.log(e.name); } // message wording is JSON.stringify's (the engine's)
for (const f of [() => Response.json(undefined), () => Response.json(() => 1), () => Response.json({}, { status: 204 }), () => Response.json({}, { status: 99 })]) {
  try { const r = f(); console.log('ok', r.status); } catch (e) { show(e); }
}
const circular = {};
circular.self = circular;
try { Response.json(circular); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(j), typeof Response.json, Response.redirect.length, Response.json.length);
