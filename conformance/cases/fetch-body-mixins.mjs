// Response.json/text/arrayBuffer/blob/formData on string, bytes, Blob, URLSearchParams, null and invalid bodies.
const show = (e) => console.log(e.name, '|', e.message);
console.log(await new Response('{"a":[1,2]}').json());
console.log(await new Response(new Uint8Array([0x68, 0xc3, 0xa9])).text());
console.log(new Uint8Array(await new Response('hé').arrayBuffer()));
const b = await new Response(new Blob(['xyz'], { type: 'text/x-a' })).blob();
console.log(b.type, b.size, await b.text());
const b2 = await new Response('s', { headers: { 'content-type': 'Text/Plain;charset=UTF-8' } }).blob();
console.log(b2.type, b2.size);
console.log((await new Response(null).blob()).size, (await new Response(null).arrayBuffer()).byteLength);
// (JSON.parse's own message wording is the engine's, not fetch's: only the error class is shown)
try { await new Response('not json').json(); } catch (e) { console.log(e.name); }
try { await new Response('').json(); } catch (e) { console.log(e.name); }
try { await new Response('x').formData(); } catch (e) { show(e); }
const u = new Response(new URLSearchParams({ a: '1 2', b: 'é' }));
console.log(u.headers.get('content-type'), await u.clone().text(), [...(await u.formData())]);
console.log(await new Response(new ArrayBuffer(3)).arrayBuffer());
console.log(await new Response(new DataView(new Uint8Array([65, 66, 67]).buffer, 1)).text());
console.log(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text());
console.log(await new Response(new Uint8Array([0xff, 0x41])).text());
console.log(new Response('s').headers.get('content-type'), new Response(new Uint8Array(1)).headers.get('content-type'), new Response(new Blob(['a'])).headers.get('content-type'));
console.log(await new Response(123).text(), await new Response({}).text());
const req = new Request('http://x.test/', { method: 'PUT', body: JSON.stringify({ k: 'v' }) });
console.log(await req.json(), req.headers.get('content-type'));
