for (const f of [() => new TextDecoder('nope-encoding'), () => new TextDecoder().decode(5), () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])), () => atob(), () => btoa(), () => structuredClone(), () => structuredClone(1, 5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, String(e).split(':')[0]); }
}
const c = new AbortController();
require('timers/promises').setTimeout(10, 1, { signal: c.signal }).catch((e) => console.log(e.name, e.code, e.message, e.cause.name, e instanceof Error));
c.abort();
