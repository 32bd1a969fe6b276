// RegExp source escaping as V8 does it (escaped and in-class slashes kept, line terminators), and V8's single URIError message.
const pats = [/a\/b/, /[/]/, /[\/]/, /a/, new RegExp('a/b'), new RegExp('\n'), new RegExp('\\\n'), new RegExp('[/]/'), new RegExp('\\\\/'), new RegExp('\u2028'), /\[\/]/, /[\]/]/, new RegExp(''), new RegExp('\r\\\r')];
for (const p of pats) console.log(JSON.stringify(p.source), String(p));
for (const f of [decodeURI, decodeURIComponent]) try { f('%') } catch (e) { console.log(e.name, e.message) }
try { encodeURIComponent('\uD800') } catch (e) { console.log(e.name, e.message) }
try { decodeURIComponent('%E0%A4%A') } catch (e) { console.log(e.name, e.message) }
console.log(decodeURI.name, decodeURI.length, encodeURIComponent.name);
