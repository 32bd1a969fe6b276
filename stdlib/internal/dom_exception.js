'use strict';
// The DOMException global (WebIDL), with the legacy numeric codes.

const LEGACY_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  #name;
  constructor(message = '', options = 'Error') {
    super(`${message}`);
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, configurable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
  }
  get name() { return this.#name; }
  get code() { return LEGACY_CODES[this.#name] ?? 0; }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'DOMException', configurable: true,
});
for (const [name, code] of Object.entries(LEGACY_CODES)) {
  const constant = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constant, { __proto__: null, value: code, enumerable: true });
}

module.exports = { DOMException };
