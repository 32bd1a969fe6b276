'use strict';
// Small corrections of Boa 0.22 behaviour that Node programs observe.

// RegExp.prototype.source escapes every `/`, even one the pattern already escaped (`/a\/b/`
// gives `a\\/b`); V8 gives `a\/b`. RegExp.prototype.toString reads `source`, so it follows.
const sourceGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const StringPrototypeReplace = String.prototype.replace;
const DOUBLE_ESCAPED_SLASH = /\\\\\//g;
function source() {
  const text = sourceGetter.call(this);
  if (typeof text !== 'string' || text.indexOf('\\\\/') === -1) return text;
  return StringPrototypeReplace.call(text, DOUBLE_ESCAPED_SLASH, '\\/');
}
Object.defineProperty(RegExp.prototype, 'source', {
  __proto__: null, get: source, enumerable: false, configurable: true,
});

// Date.prototype.toString / toTimeString end with the zone name in V8 (`GMT+0100 (Central
// European Standard Time)`); Boa stops at the offset. The names load on first use.
const nativeDateToString = Date.prototype.toString;
const nativeTimeToString = Date.prototype.toTimeString;
function withZoneName(nativeMethod, name) {
  const method = {
    [name]() {
      const text = nativeMethod.call(this);
      if (text === 'Invalid Date') return text;
      return `${text} (${require('internal/date_zone').zoneName(this)})`;
    },
  }[name];
  Object.defineProperty(Date.prototype, name, {
    __proto__: null, value: method, writable: true, enumerable: false, configurable: true,
  });
}
withZoneName(nativeDateToString, 'toString');
withZoneName(nativeTimeToString, 'toTimeString');

// V8 reports every malformed URI as `URIError: URI malformed`; Boa words it per case.
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent']) {
  const native = globalThis[name];
  const wrapped = {
    [name](uri) {
      try {
        return native(uri);
      } catch (error) {
        if (error instanceof URIError) throw new URIError('URI malformed');
        throw error;
      }
    },
  }[name];
  Object.defineProperty(globalThis, name, {
    __proto__: null, value: wrapped, writable: true, enumerable: false, configurable: true,
  });
}
