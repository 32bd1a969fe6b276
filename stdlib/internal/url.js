'use strict';
// WHATWG URL and URLSearchParams, plus fileURLToPath / pathToFileURL. Parsing, serialization and
// the setters run in Rust (`url` crate, internalBinding('url')); these classes hold the result.

const binding = internalBinding('url');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const ArrayPrototypePush = Array.prototype.push;

function errors() {
  return require('internal/errors').codes;
}

// Node 20 raises this from its C++ URL parser: a plain TypeError with a code (no `[CODE]` header).
function invalidUrl(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

function toUSVString(value) {
  // V8's wording, which Node's URL API shows (Boa's own differs).
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`.toWellFormed();
}

// URL and its URLSearchParams keep each other current through these.
const kSetSearch = Symbol('kSetSearch');
const kUpdateFromUrl = Symbol('kUpdateFromUrl');
const kLinkUrl = Symbol('kLinkUrl');

// Component slots returned by the binding.
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

class URL {
  #parts;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      throw new (errors().ERR_MISSING_ARGS)('url');
    }
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = binding.parse(input, base);
    if (parts === undefined) throw invalidUrl(input, base);
    this.#parts = parts;
  }

  // URL.parse(input, base): the URL, or null where `new URL()` would throw.
  static parse(input, base = undefined) {
    if (arguments.length === 0) {
      throw new (errors().ERR_MISSING_ARGS)('url');
    }
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return binding.parse(input, base) === undefined ? null : new URL(input, base);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) {
      throw new (errors().ERR_MISSING_ARGS)('url');
    }
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return binding.parse(input, base) !== undefined;
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    require('internal/blob').revokeObjectURL(url);
  }

  #set(field, value) {
    const parts = binding.update(this.#parts[HREF], field, toUSVString(value));
    if (parts === undefined) return false;
    this.#parts = parts;
    if (this.#searchParams !== undefined) this.#searchParams[kUpdateFromUrl](parts[SEARCH]);
    return true;
  }

  // URLSearchParams writes back through this.
  [kSetSearch](search) {
    const parts = binding.update(this.#parts[HREF], 'search', search);
    if (parts !== undefined) this.#parts = parts;
  }

  get href() { return this.#parts[HREF]; }
  set href(value) {
    value = toUSVString(value);
    if (!this.#set('href', value)) throw invalidUrl(value);
  }
  get origin() {
    const origin = this.#parts[ORIGIN];
    // A blob: URL has its inner URL's origin only when that is http(s) (Node 20 / ada).
    if (this.#parts[PROTOCOL] === 'blob:' && origin !== 'null' &&
        !origin.startsWith('http:') && !origin.startsWith('https:')) {
      return 'null';
    }
    return origin;
  }
  get protocol() { return this.#parts[PROTOCOL]; }
  set protocol(value) { this.#set('protocol', value); }
  get username() { return this.#parts[USERNAME]; }
  set username(value) { this.#set('username', value); }
  get password() { return this.#parts[PASSWORD]; }
  set password(value) { this.#set('password', value); }
  get host() { return this.#parts[HOST]; }
  set host(value) { this.#set('host', value); }
  get hostname() { return this.#parts[HOSTNAME]; }
  set hostname(value) { this.#set('hostname', value); }
  get port() { return this.#parts[PORT]; }
  set port(value) { this.#set('port', value); }
  get pathname() { return this.#parts[PATHNAME]; }
  set pathname(value) { this.#set('pathname', value); }
  get search() { return this.#parts[SEARCH]; }
  set search(value) { this.#set('search', value); }
  get searchParams() {
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#parts[SEARCH]);
      this.#searchParams[kLinkUrl](this);
    }
    return this.#searchParams;
  }
  get hash() { return this.#parts[HASH]; }
  set hash(value) { this.#set('hash', value); }

  toString() { return this.#parts[HREF]; }
  toJSON() { return this.#parts[HREF]; }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    // As Node: the fields are shown with the caller's options, not the depth left at this level.
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

// Re-creates prototype members as enumerable properties in Node's order (what Object.keys and
// util.inspect of the prototype show).
function exposeInOrder(proto, names) {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    descriptor.enumerable = true;
    delete proto[name];
    Object.defineProperty(proto, name, descriptor);
  }
}

// Node's static methods are enumerable too.
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { __proto__: null, enumerable: true });
}
exposeInOrder(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password',
  'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URL', configurable: true,
});

// Node's URLSearchParams methods check their receiver before their arguments.
function invalidSearchParamsThis() {
  return new (errors().ERR_INVALID_THIS)('URLSearchParams');
}

const kTupleArgs = ['Each query pair', '[name, value]'];

// Set from inside the class (a static block sees its private names); module-private helpers.
let isSearchParams;
let searchParamsList;

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    isSearchParams = (value) => value !== null && typeof value === 'object' && #list in value;
    // The live name/value list, for the iterators.
    searchParamsList = (params) => params.#list;
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw new (errors().ERR_ARG_NOT_ITERABLE)('Query pairs');
        }
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (errors().ERR_INVALID_TUPLE)(...kTupleArgs);
          }
          const values = [...pair];
          if (values.length !== 2) throw new (errors().ERR_INVALID_TUPLE)(...kTupleArgs);
          ArrayPrototypePush.call(this.#list, toUSVString(values[0]), toUSVString(values[1]));
        }
      } else {
        // A record: every enumerable own key (a symbol key throws, as in Node). Keys that become
        // equal once lone surrogates are replaced keep one entry, with the last value.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const index = seen.get(name);
          if (index !== undefined) {
            this.#list[index] = value;
          } else {
            seen.set(name, ArrayPrototypePush.call(this.#list, name, value) - 1);
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (query[0] === '?') query = query.slice(1);
      this.#list = binding.parseSearchParams(query);
    }
  }

  [kLinkUrl](url) { this.#url = url; }
  [kUpdateFromUrl](search) {
    this.#list = binding.parseSearchParams(search[0] === '?' ? search.slice(1) : search);
  }

  #changed() {
    if (this.#url !== null) {
      const query = binding.serializeSearchParams(this.#list);
      this.#url[kSetSearch](query === '' ? '' : `?${query}`);
    }
  }

  get size() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 2) throw new (errors().ERR_MISSING_ARGS)('name', 'value');
    ArrayPrototypePush.call(this.#list, toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    const kept = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) continue;
      kept.push(list[i], list[i + 1]);
    }
    this.#list = kept;
    this.#changed();
  }

  get(name) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (arguments.length < 2) throw new (errors().ERR_MISSING_ARGS)('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    const out = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        out.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#changed();
  }

  sort() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    const pairs = [];
    for (let i = 0; i < this.#list.length; i += 2) pairs.push([this.#list[i], this.#list[i + 1]]);
    // Stable, by UTF-16 code units of the name.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#changed();
  }

  forEach(callback, thisArg = undefined) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (typeof callback !== 'function') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    return new URLSearchParamsIterator(this, 'value');
  }

  entries() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    return new URLSearchParamsIterator(this, 'key+value');
  }

  toString() {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    return binding.serializeSearchParams(this.#list);
  }

  [kInspect](depth, options, inspect) {
    if (!isSearchParams(this)) throw invalidSearchParamsThis();
    if (depth < 0) return '[Object]';
    const list = this.#list;
    if (list.length === 0) return `${this.constructor.name} {}`;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], options)} => ${inspect(list[i + 1], options)}`);
    }
    const oneLine = `${this.constructor.name} { ${parts.join(', ')} }`;
    if (oneLine.length <= (options.breakLength ?? 80)) return oneLine;
    return `${this.constructor.name} {\n  ${parts.join(',\n  ')} }`;
  }
}

// The iterator keys()/values()/entries() return: live over the list (it sees later changes), a
// "URLSearchParams Iterator" inheriting %IteratorPrototype%, as Node's.
class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new (errors().ERR_INVALID_THIS)('URLSearchParamsIterator');
    }
    const list = searchParamsList(this.#target);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const kind = this.#kind;
    if (kind === 'key') return { value: list[index], done: false };
    if (kind === 'value') return { value: list[index + 1], done: false };
    return { value: [list[index], list[index + 1]], done: false };
  }

  [kInspect](depth, options, inspect) {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new (errors().ERR_INVALID_THIS)('URLSearchParamsIterator');
    }
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = searchParamsList(this.#target);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const shown = output.map((item) => inspect(item, inner));
    const body = inspect(output, inner).includes('\n') ?
      `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { __proto__: null, enumerable: true });
delete URLSearchParamsIterator.prototype.constructor;
exposeInOrder(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set',
  'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
// As in Node, iterating a URLSearchParams is calling its entries().
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', configurable: true,
});

// Node's duck-typed URL check: URL instances and URL-like objects (with `href` and `protocol`,
// but not a legacy url.parse() result, which has `auth` or `path`).
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined &&
    value.path === undefined);
}

// `options.windows` picks the Windows rules (drive letters, UNC hosts, `\` separators) whatever
// the platform; coil runs on POSIX only, so the default is the POSIX rules.
function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new (errors().ERR_INVALID_URL_SCHEME)('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

// True when `pathname` holds %2F (or, with `backslashToo`, %5C) in either case.
function hasEncodedSeparator(pathname, backslashToo) {
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const third = pathname.codePointAt(i + 2) | 0x20;
    if (pathname[i + 1] === '2' && third === 102) return true;
    if (backslashToo && pathname[i + 1] === '5' && third === 99) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '' && url.hostname !== 'localhost') {
    throw new (errors().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new (errors().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new (errors().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  // A host makes it a UNC path: \\server\share\...
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new (errors().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  }
  return pathname.slice(1);
}

function resolvePath(path) {
  const cwd = internalBinding('process_methods').cwd();
  const absolute = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out = [];
  for (const segment of absolute.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  let resolved = `/${out.join('/')}`;
  // Like Node, a trailing slash on the input survives resolution.
  if (path.endsWith('/') && resolved !== '/') resolved += '/';
  return resolved;
}

// Percent-encodes what the pathname setter would otherwise take as syntax or drop; on POSIX a
// backslash is an ordinary file-name character, on Windows a separator the setter understands.
function encodePathChars(filepath, windows) {
  let out = filepath.replaceAll('%', '%25');
  if (!windows) out = out.replaceAll('\\', '%5C');
  return out.replaceAll('\n', '%0A').replaceAll('\r', '%0D').replaceAll('\t', '%09');
}

function pathToFileURL(filepath, options) {
  if (typeof filepath !== 'string') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  }
  const windows = options?.windows ?? false;
  const url = new URL('file://');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path \\server\share\resource (the \\?\UNC\ prefix of extended paths is skipped).
    const prefixLength = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefixLength);
    if (hostEnd === -1) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    }
    url.hostname = domainToASCII(filepath.slice(prefixLength, hostEnd));
    url.pathname = encodePathChars(filepath.slice(hostEnd).replaceAll('\\', '/'), true);
    return url;
  }
  let resolved;
  if (windows) {
    resolved = require('path').win32.resolve(filepath);
    const last = filepath[filepath.length - 1];
    if ((last === '/' || last === '\\') && !resolved.endsWith('\\')) resolved += '/';
  } else {
    resolved = resolvePath(filepath);
  }
  url.pathname = encodePathChars(resolved, windows);
  return url;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('domain');
  return binding.domainToUnicode(`${domain}`);
}

// As Node: own properties a caller added to the URL come first, then the derived fields; a plain
// copy of a URL (no getters) yields undefined fields rather than throwing.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode,
  urlToHttpOptions, isURL,
};
