// Writing Buffers, Uint8Arrays, latin1/base64/utf16le strings, and write callbacks order.
const out = process.stdout;
const order = [];
out.write(Buffer.from([0x41, 0x42, 0x0a]), () => order.push('buf'));
out.write(new Uint8Array([0xe2, 0x9c, 0x93, 0x0a]), () => order.push('u8'));
out.write('aGVsbG8gYmFzZTY0Cg==', 'base64', () => order.push('b64'));
out.write('caf\xe9\n', 'latin1', () => order.push('latin1'));
out.write(Buffer.from('utf16 ok\n', 'utf16le').toString('utf16le'), () => order.push('u16'));
const big = Buffer.alloc(70000, 0x2e);
const r = out.write(big, () => order.push('big'));
out.write('\nbig write returned ' + r + '\n');
try { out.write(42); } catch (e) { console.log(e.code, e.name); }
try { out.write({}); } catch (e) { console.log(e.code); }
setTimeout(() => console.log(order.join(',')), 20);
