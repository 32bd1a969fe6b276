// crypto.createSecretKey and KeyObject for secret keys: properties, export formats, equals,
// HMAC with a KeyObject, argument errors.
const c = require('crypto');
const k = c.createSecretKey(Buffer.from('secret'));
console.log(k.type, k.symmetricKeySize, k.asymmetricKeyType, k.export(), k.export({ format: 'jwk' }), k instanceof c.KeyObject, Object.getPrototypeOf(k).constructor.name);
console.log(c.createSecretKey('abc', 'utf8').export().toString(), c.createHmac('sha256', k).update('x').digest('hex'));
try { c.createSecretKey(123); } catch (e) { console.log(e.code, e.message); }
try { new c.KeyObject('secret', {}); } catch (e) { console.log(e.code, e.message); }
try { k.export({ format: 'pem' }); } catch (e) { console.log(e.code, e.message); }
console.log(k.equals(c.createSecretKey(Buffer.from('secret'))), k.equals(c.createSecretKey(Buffer.from('other'))));
console.log(c.createSecretKey(Buffer.alloc(0)).symmetricKeySize, c.createSecretKey(new Uint8Array([1, 2, 3]).buffer).symmetricKeySize);
console.log(Object.prototype.toString.call(k));
