'use strict';
// Small corrections of Boa 0.22 behaviour that Node programs observe.

// RegExp.prototype.source escapes every `/`, even one the pattern already escaped (`/a\/b/`
// gives `a\\/b`); V8 gives `a\/b`.
const sourceGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const flagsGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
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
Object.defineProperty(RegExp.prototype, 'toString', {
  __proto__: null,
  writable: true,
  enumerable: false,
  configurable: true,
  value: function toString() {
    if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
      throw new TypeError('RegExp.prototype.toString requires that \'this\' be an Object');
    }
    const isRegExp = (() => {
      try {
        sourceGetter.call(this);
        return true;
      } catch {
        return false;
      }
    })();
    const pattern = isRegExp ? source.call(this) : `${this.source}`;
    const flags = isRegExp ? flagsGetter.call(this) : `${this.flags}`;
    return `/${pattern}/${flags}`;
  },
});
