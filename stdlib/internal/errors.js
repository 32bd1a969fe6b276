'use strict';
// Node-style errors with codes: one table of E(code, message, Base, ...otherBases) entries.
//
// `new codes.ERR_X(...args)` (also exported as `ERR_X`) returns an instance of a subclass of Base
// that looks exactly like Node's: `name` is the base name, `constructor` reads as the base class,
// `code` is an own enumerable property, `message` an own non-enumerable one, and both
// `toString()` and the first line of `stack` read `TypeError [ERR_X]: message`.
// `message` is a format string (`%s`/`%d` placeholders) or a function (args) => string that is
// called with `this` bound to the error under construction (it may add properties to it).

const ArrayIsArray = Array.isArray;
const ArrayPrototypeIncludes = Function.prototype.call.bind(Array.prototype.includes);
const ArrayPrototypeIndexOf = Function.prototype.call.bind(Array.prototype.indexOf);
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const ErrorCtor = Error;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const JSONStringify = JSON.stringify;
const MathAbs = Math.abs;
const NumberIsInteger = Number.isInteger;
const ObjectDefineProperty = Object.defineProperty;
const ObjectPrototypeToString = Function.prototype.call.bind(Object.prototype.toString);
const ReflectApply = Reflect.apply;
const RegExpPrototypeExec = Function.prototype.call.bind(RegExp.prototype.exec);
const StringCtor = String;
const StringPrototypeEndsWith = Function.prototype.call.bind(String.prototype.endsWith);
const StringPrototypeIncludes = Function.prototype.call.bind(String.prototype.includes);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const SymbolToStringTag = Symbol.toStringTag;

const kIsNodeError = Symbol('kIsNodeError');
const messages = new Map();
const codes = {};

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// `util.inspect(value)` for primitives other than strings, without loading inspect.
function inspectValue(value) {
  switch (typeof value) {
    case 'number': return value === 0 && 1 / value < 0 ? '-0' : `${value}`;
    case 'bigint': return `${value}n`;
    case 'boolean':
    case 'undefined': return `${value}`;
    case 'symbol': return StringCtor(value);
    default:
      if (value === null) return 'null';
      return lazyInspect().inspect(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Stack handling
//
// Like V8, the header of `err.stack` is rendered on first access, from the error's state at that
// time (so code that rewrites `err.message` before anyone reads the stack sees it reflected).
// The frames are taken from the engine's stack at construction (the first line, or the header
// the engine rendered then, is dropped).

function setOwn(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

// V8's ErrorUtils::ToString: the header of ordinary errors.
function errorHeader(err) {
  const name = err.name === undefined ? 'Error' : `${err.name}`;
  const message = err.message === undefined ? '' : `${err.message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function nodeErrorHeader(err) {
  return `${err.name} [${err.code}]: ${err.message}`;
}

// The frames part of the engine's stack for `err` ('' if the engine records none).
function captureFrames(err, ctor) {
  const rawHeader = errorHeader(err);
  if (ErrorCaptureStackTrace !== undefined) ErrorCaptureStackTrace(err, ctor);
  const raw = err.stack;
  if (typeof raw !== 'string') return '';
  if (StringPrototypeStartsWith(raw, rawHeader)) return StringPrototypeSlice(raw, rawHeader.length);
  const nl = StringPrototypeIndexOf(raw, '\n');
  return nl === -1 ? '' : StringPrototypeSlice(raw, nl);
}

function installLazyStack(err, frames, renderHeader) {
  ObjectDefineProperty(err, 'stack', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const value = renderHeader(err) + frames;
      setOwn(err, 'stack', value);
      return value;
    },
    set(value) {
      setOwn(err, 'stack', value);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The table

function isNodeErrorGetter() {
  return true;
}

function makeNodeErrorWithCode(Base, code) {
  const template = messages.get(code);
  class NodeError extends Base {
    constructor(...args) {
      let frames;
      if (typeof template === 'string') {
        // Own keys in Node's order: stack, message, code.
        super(args.length === 0 ? template : formatTemplate(template, args));
        this.code = code;
        frames = captureFrames(this, new.target);
      } else {
        // Message builders may use `this`; own keys: stack, code, message.
        super();
        this.code = code;
        frames = captureFrames(this, new.target);
        setOwn(this, 'message', ReflectApply(template, this, args));
      }
      installLazyStack(this, frames, nodeErrorHeader);
    }

    // The class itself stays hidden: `err.constructor` is the base class, as in Node.
    get ['constructor']() {
      return Base;
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  // Not a computed class member: Boa 0.22 throws "access of uninitialized binding" for computed
  // keys in a derived class declared inside a function.
  ObjectDefineProperty(NodeError.prototype, kIsNodeError, {
    __proto__: null, get: isNodeErrorGetter, enumerable: false, configurable: true,
  });
  return NodeError;
}

function E(code, message, Base, ...otherClasses) {
  messages.set(code, message);
  const def = makeNodeErrorWithCode(Base, code);
  for (let i = 0; i < otherClasses.length; i++) {
    const clazz = otherClasses[i];
    def[clazz.name] = makeNodeErrorWithCode(clazz, code);
  }
  codes[code] = def;
  exports[code] = def;
  return def;
}

// A Node-style `%s`/`%d` substitution good for error templates.
function formatTemplate(msg, args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((typeof a === 'object' && a !== null) || typeof a === 'function') {
      return ReflectApply(lazyInspect().format, null, [msg, ...args]);
    }
  }
  const parts = [];
  let argIndex = 0;
  let last = 0;
  for (let i = 0; i < msg.length - 1; i++) {
    if (msg[i] !== '%') continue;
    const c = msg[i + 1];
    let replacement;
    if (c === '%') {
      replacement = '%';
    } else if (argIndex < args.length && (c === 's' || c === 'd' || c === 'i')) {
      const a = args[argIndex++];
      if (c === 's') {
        replacement = typeof a === 'string' ? a : inspectValue(a);
      } else if (typeof a === 'bigint') {
        replacement = `${a}n`;
      } else if (typeof a === 'symbol') {
        replacement = 'NaN';
      } else {
        let n = +a;
        if (c === 'i') n = Number.parseInt(a);
        replacement = inspectValue(n);
      }
    } else {
      continue;
    }
    ArrayPrototypePush(parts, StringPrototypeSlice(msg, last, i), replacement);
    last = i + 2;
    i++;
  }
  ArrayPrototypePush(parts, StringPrototypeSlice(msg, last));
  for (; argIndex < args.length; argIndex++) {
    const a = args[argIndex];
    ArrayPrototypePush(parts, ' ', typeof a === 'string' ? a : inspectValue(a));
  }
  return ArrayPrototypeJoin(parts, '');
}

function getMessage(code, args, self) {
  const msg = messages.get(code);
  if (typeof msg === 'function') return ReflectApply(msg, self, args);
  if (args.length === 0) return msg;
  return formatTemplate(msg, args);
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by message builders (and exported for other stdlib modules)

function hideStackFrames(fn) {
  return fn;
}

// `1234567` -> `1_234_567`
function addNumericalSeparator(val) {
  const start = val[0] === '-' ? 1 : 0;
  let i = val.length;
  const groups = [];
  for (; i >= start + 4; i -= 3) ArrayPrototypePush(groups, StringPrototypeSlice(val, i - 3, i));
  let res = StringPrototypeSlice(val, 0, i);
  for (let j = groups.length - 1; j >= 0; j--) res += `_${groups[j]}`;
  return res;
}

function formatList(array, type = 'and') {
  return array.length < 3 ?
    ArrayPrototypeJoin(array, ` ${type} `) :
    `${ArrayPrototypeJoin(ArrayPrototypeSlice(array, 0, -1), ', ')}, ${type} ${array[array.length - 1]}`;
}

// The "Received ..." part of ERR_INVALID_ARG_TYPE and friends.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'symbol':
      return `type ${typeof value} (${inspectValue(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'string': {
      if (value.length > 28) value = `${StringPrototypeSlice(value, 0, 25)}...`;
      if (StringPrototypeIndexOf(value, "'") === -1) return `type string ('${value}')`;
      return `type string (${JSONStringify(value)})`;
    }
    default: {
      const ctor = value.constructor;
      if (ctor && (typeof ctor === 'object' || typeof ctor === 'function') && 'name' in ctor) {
        return `an instance of ${ctor.name}`;
      }
      return `${lazyInspect().inspect(value, { depth: -1 })}`;
    }
  }
}

// V8's side-effect-free ToString, used in unhandled rejection messages.
function noSideEffectsToString(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'function': return Function.prototype.toString.call(value);
    case 'object':
      if (value === null) return 'null';
      break;
    case 'symbol': return StringCtor(value);
    case 'bigint': return `${value}`;
    default: return `${value}`;
  }
  const toString = value.toString;
  if (value instanceof ErrorCtor || toString === ErrorCtor.prototype.toString) {
    const name = value.name === undefined ? 'Error' : `${value.name}`;
    const message = value.message === undefined ? '' : `${value.message}`;
    return name === '' ? message : message === '' ? name : `${name}: ${message}`;
  }
  if (toString === Object.prototype.toString) {
    const ctor = value.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return `#<${ctor.name}>`;
  }
  const tag = value[SymbolToStringTag];
  if (typeof tag === 'string') return `[object ${tag}]`;
  return ObjectPrototypeToString(value);
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function listWithOr(list, prefixMany) {
  if (list.length > 2) {
    return `${prefixMany}${ArrayPrototypeJoin(ArrayPrototypeSlice(list, 0, -1), ', ')}, or ${list[list.length - 1]}`;
  }
  return `${prefixMany}${list[0]} or ${list[1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (typeof name !== 'string') throw new TypeError("'name' must be a string");
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (StringPrototypeEndsWith(name, ' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${StringPrototypeIncludes(name, '.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (let i = 0; i < expected.length; i++) {
    const value = expected[i];
    if (ArrayPrototypeIncludes(kTypes, value)) ArrayPrototypePush(types, StringPrototypeToLowerCase(value));
    else if (RegExpPrototypeExec(classRegExp, value) !== null) ArrayPrototypePush(instances, value);
    else ArrayPrototypePush(other, value);
  }
  // 'object' next to instance types reads better as "an instance of ... or Object".
  if (instances.length > 0) {
    const pos = ArrayPrototypeIndexOf(types, 'object');
    if (pos !== -1) {
      types.splice(pos, 1);
      ArrayPrototypePush(instances, 'Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    ArrayPrototypePush(parts, types.length === 1 ? `of type ${types[0]}` : listWithOr(types, 'one of type '));
  }
  if (instances.length > 0) {
    ArrayPrototypePush(parts, instances.length === 1 ? `an instance of ${instances[0]}` :
      listWithOr(instances, 'an instance of '));
  }
  if (other.length > 0) {
    if (other.length === 1) {
      ArrayPrototypePush(parts, StringPrototypeToLowerCase(other[0]) !== other[0] ? `an ${other[0]}` : `${other[0]}`);
    } else {
      ArrayPrototypePush(parts, listWithOr(other, 'one of '));
    }
  }
  msg += ArrayPrototypeJoin(parts, ' or ');
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

const isWindows = () => typeof process === 'object' && process !== null && process.platform === 'win32';

// ---------------------------------------------------------------------------------------------
// The codes (messages worded exactly as Node v20)

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_COIL_NOT_IMPLEMENTED', '%s is not implemented in coil yet', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'Import attribute "%s" with value "%s" is not supported', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspectValue(value);
  if (inspected.length > 128) inspected = `${StringPrototypeSlice(inspected, 0, 128)}...`;
  const type = StringPrototypeIncludes(name, '.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex === -1 ? '' : ` at ${invalidIndex}`;
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 &&
    !StringPrototypeStartsWith(target, './');
  const from = base ? ` imported from ${base}` : '';
  const hint = relatedError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSONStringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSONStringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${from}${hint}`;
}, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  const names = [];
  for (let i = 0; i < len; i++) {
    const a = args[i];
    ArrayPrototypePush(names, ArrayIsArray(a) ? ArrayPrototypeJoin(a.map(wrap), ' or ') : wrap(a));
  }
  switch (len) {
    case 1:
      msg += `${names[0]} argument`;
      break;
    case 2:
      msg += `${names[0]} and ${names[1]} arguments`;
      break;
    default:
      msg += `${ArrayPrototypeJoin(ArrayPrototypeSlice(names, 0, len - 1), ', ')}, and ${names[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) {
    ObjectDefineProperty(this, 'url', { __proto__: null, value: `${exactUrl}`, writable: true, enumerable: true,
      configurable: true });
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (NumberIsInteger(input) && MathAbs(input) > 2 ** 32) {
    received = addNumericalSeparator(StringCtor(input));
  } else if (typeof input === 'bigint') {
    received = StringCtor(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', ` +
    `as in '-- ${JSONStringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (StringPrototypeEndsWith(filename, '.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all ` +
        'CommonJS modules.';
    }
    return msg;
  }
  const baseName = (p) => {
    const s = `${p}`;
    let end = s.length;
    while (end > 1 && s[end - 1] === '/') end--;
    return StringPrototypeSlice(s, StringPrototypeLastIndexOf(s, '/', end - 1) + 1, end);
  };
  const basename = parentPath && baseName(filename) === baseName(parentPath) ? filename : baseName(filename);
  if (hasEsmSyntax) {
    msg += `\nInstead change the require of ${basename} in ${parentPath} to a dynamic import() which is ` +
      'available in all CommonJS modules.';
    return msg;
  }
  msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest parent package.json ` +
    'contains "type": "module" which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${basename} to end in .cjs, change the requiring code to use dynamic import() ` +
    'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
  return msg;
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  ObjectDefineProperty(this, 'url', { __proto__: null, value: exactUrl, writable: true, enumerable: true,
    configurable: true });
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  if (isWindows() && url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);

// Node raises this from its promise-rejection tracking (process/promises), not from the table:
// its name is 'UnhandledPromiseRejection' and only non-Error reasons are wrapped in it.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      `${noSideEffectsToString(reason)}".`);
    const frames = captureFrames(this, new.target);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
    installLazyStack(this, frames, errorHeader);
  }
}
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;
exports.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;

// ---------------------------------------------------------------------------------------------
// SystemError: errors about a failed system call that carry the call's details in `info`
// (`{ code, message, path, syscall, errno, dest }`), as `ERR_FS_EISDIR` and the `fs.cp` errors.

class SystemError extends Error {
  constructor(key, context) {
    super();
    let message = `${getMessage(key, [], this)}: ${context.syscall} returned ` +
      `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    const frames = captureFrames(this, new.target);
    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
      name: { __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
      info: { __proto__: null, value: context, enumerable: true, configurable: true, writable: false },
    });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      if (field !== 'errno' && field !== 'syscall' && context[field] === undefined) continue;
      ObjectDefineProperty(this, field, {
        __proto__: null,
        enumerable: true,
        configurable: true,
        get() { return context[field]; },
        set(value) { context[field] = value; },
      });
    }
    installLazyStack(this, frames, nodeErrorHeader);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect().inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

// The `.HideStackFramesError` variant (Node throws ERR_FS_EISDIR from rm through it): its
// instances read as SystemError, the plain class's as NodeError.
function makeHiddenFramesSystemError(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }

    get ['constructor']() {
      return SystemError;
    }
  };
}

// E() for SystemError codes: the message table entry plus the class.
function ES(code, message, hideFrames = false) {
  messages.set(code, message);
  const def = makeSystemErrorWithCode(code);
  if (hideFrames) def.HideStackFramesError = makeHiddenFramesSystemError(code);
  codes[code] = def;
  exports[code] = def;
}
ES('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
ES('ERR_FS_CP_EEXIST', 'Target already exists');
ES('ERR_FS_CP_EINVAL', 'Invalid src or dest');
ES('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe');
ES('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
ES('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
ES('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self');
ES('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');
ES('ERR_FS_EISDIR', 'Path is a directory', true);
ES('ERR_SYSTEM_ERROR', 'A system error occurred');

// ---------------------------------------------------------------------------------------------
// Other error helpers

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    const frames = captureFrames(this, new.target);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
    installLazyStack(this, frames, errorHeader);
  }
}

// Errors Node raises from its C++ side: a plain `Base` with an own enumerable `code`, and no
// `[CODE]` in the message header.
function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (ArrayIsArray(outerError.errors)) {
      ArrayPrototypePush(outerError.errors, innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

let maxStackErrorName;
let maxStackErrorMessage;
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      const overflowStack = () => overflowStack() + 1;
      overflowStack();
    } catch (e) {
      maxStackErrorMessage = e.message;
      maxStackErrorName = e.name;
    }
  }
  return err != null && err.name === maxStackErrorName && err.message === maxStackErrorMessage;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(ErrorCtor, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(ErrorCtor);
  return desc.writable === true || desc.set !== undefined;
}

exports.AbortError = AbortError;
exports.SystemError = SystemError;
exports.E = E;
exports.UnhandledPromiseRejection = UnhandledPromiseRejection;
exports.addNumericalSeparator = addNumericalSeparator;
exports.aggregateTwoErrors = aggregateTwoErrors;
exports.codes = codes;
exports.determineSpecificType = determineSpecificType;
exports.formatList = formatList;
exports.genericNodeError = genericNodeError;
exports.nativeError = nativeError;
exports.getMessage = getMessage;
exports.hideStackFrames = hideStackFrames;
exports.isErrorStackTraceLimitWritable = isErrorStackTraceLimitWritable;
exports.isStackOverflowError = isStackOverflowError;
exports.kIsNodeError = kIsNodeError;
exports.noSideEffectsToString = noSideEffectsToString;
