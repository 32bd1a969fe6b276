console.log(btoa('hello'), btoa(''), btoa('\xff\xfe'), btoa('a'), btoa('ab'));
console.log(atob('aGVsbG8='), JSON.stringify(atob('')), atob('YQ'), atob(' aGVs bG8= '));
console.log(atob(btoa('round trip')));
console.log(btoa(123), atob(null === null ? 'MTIz' : ''));
try {
  btoa('€');
} catch (e) {
  console.log('btoa:', e.name, e.code, e instanceof DOMException);
}
try {
  atob('not base64!');
} catch (e) {
  console.log('atob:', e.name, e.code);
}
try {
  atob('a');
} catch (e) {
  console.log('atob length:', e.name);
}
try { atob(); } catch (e) { console.log('atob no args:', e.name, e.code); }
