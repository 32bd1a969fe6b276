// Response constructor and statics: WebIDL conversion of init (status as unsigned short,
// statusText as a ByteString, init of the wrong type), body kinds and the content-type each
// implies, null-body statuses, redirect() with a string status, and json() with an init.
const show = async (label, f) => {
  try {
    const r = await f();
    console.log(label, 'ok', r.status, JSON.stringify(r.statusText), r.headers.get('content-type'), r.body === null ? 'null body' : 'body', r.type);
  } catch (e) {
    console.log(label, e.name, '|', e.message);
  }
};
await show('no args', () => new Response());
await show('null init', () => new Response(null, null));
await show('init number', () => new Response(null, 5));
await show('init string', () => new Response(null, 'x'));
await show('status string', () => new Response(null, { status: '201' }));
await show('status float', () => new Response(null, { status: 250.9 }));
await show('status wraps', () => new Response(null, { status: 65536 + 204 }));
await show('status negative', () => new Response(null, { status: -65336 }));
await show('status NaN', () => new Response(null, { status: NaN }));
await show('status null', () => new Response(null, { status: null }));
await show('status 600', () => new Response(null, { status: 600 }));
await show('status 199', () => new Response(null, { status: 199 }));
await show('statusText latin1', () => new Response(null, { statusText: 'Caf\u00e9' }));
await show('statusText wide', () => new Response(null, { statusText: 'x\u0100' }));
await show('statusText tab', () => new Response(null, { statusText: 'a\tb' }));
await show('statusText del', () => new Response(null, { statusText: 'a\x7fb' }));
await show('statusText null', () => new Response(null, { statusText: null }));
await show('statusText number', () => new Response(null, { statusText: 42 }));
await show('headers number', () => new Response(null, { headers: 5 }));
await show('headers bad pair', () => new Response(null, { headers: [['a', 'b', 'c']] }));
await show('body 204', () => new Response('', { status: 204 }));
await show('body 205', () => new Response(new Uint8Array(0), { status: 205 }));
await show('null body 204', () => new Response(null, { status: 204 }));
await show('undefined body 304', () => new Response(undefined, { status: 304 }));
await show('string body', () => new Response('text'));
await show('number body', () => new Response(12));
await show('object body', () => new Response({}));
await show('URLSearchParams body', () => new Response(new URLSearchParams('a=1')));
await show('Blob typed body', () => new Response(new Blob(['x'], { type: 'Text/HTML' })));
await show('Blob untyped body', () => new Response(new Blob(['x'])));
await show('DataView body', () => new Response(new DataView(new ArrayBuffer(2))));
await show('ReadableStream body', () => new Response(new ReadableStream()));
await show('explicit type kept', () => new Response('x', { headers: { 'Content-Type': 'a/b' } }));
await show('redirect string status', () => Response.redirect('http://x.test/', '301'));
await show('redirect status 0', () => Response.redirect('http://x.test/', 0));
await show('redirect status float', () => Response.redirect('http://x.test/', 307.5));
await show('json init number', () => Response.json({}, 5));
await show('json status 200 text', () => Response.json({ a: 1 }, { status: 202, statusText: 'Acc' }));
await show('error()', () => Response.error());

const bodies = [['string', 'héllo'], ['bytes', new Uint8Array([104, 105])], ['params', new URLSearchParams({ a: '1 2', b: 'é' })],
  ['blob', new Blob(['blob text'])], ['number', 3.5], ['null', null], ['arraybuffer', new Uint16Array([0x6968]).buffer]];
for (const [label, body] of bodies) {
  const r = new Response(body);
  console.log('text', label, JSON.stringify(await r.text()), r.bodyUsed);
}
