'use strict';
// util.MIMEType and util.MIMEParams: a parsed MIME type (WHATWG MIME Sniffing, the parser shared
// with fetch in internal/mime) whose type, subtype and parameters can be changed and serialized.
// State lives in private fields; receivers are checked explicitly so that a wrong `this` fails
// with the messages V8 gives Node's private-field accesses.

const {
  kNotTokenWithBacktick, kNotQuotedStringCodePoint, firstInvalid, trimHTTPWhitespace,
  parseEssence, parseParameters, serializeParameters,
} = require('internal/mime');
const { codes } = require('internal/errors');

const SafeMap = Map;
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeHas = Function.prototype.call.bind(Map.prototype.has);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const MapPrototypeDelete = Function.prototype.call.bind(Map.prototype.delete);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);

const { ERR_INVALID_MIME_SYNTAX } = codes;

function privateAccessError(verb, field) {
  const preposition = verb === 'read' ? 'from' : 'to';
  return new TypeError(`Cannot ${verb} private member #${field} ${preposition} an object ` +
    'whose class did not declare it');
}

/** Checks a type or subtype being set; returns it lowercased. */
function validateToken(production, value) {
  const invalid = firstInvalid(value, kNotTokenWithBacktick);
  if (value.length === 0 || invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, invalid);
  return StringPrototypeToLowerCase(value);
}

class MIMEParams {
  #data = new SafeMap();

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#data in self)) {
      throw new TypeError('Receiver must be an instance of class MIMEParams');
    }
  }

  delete(name) {
    MIMEParams.#check(this);
    MapPrototypeDelete(this.#data, name);
  }

  get(name) {
    MIMEParams.#check(this);
    const value = MapPrototypeGet(this.#data, name);
    return value === undefined ? null : value;
  }

  has(name) {
    MIMEParams.#check(this);
    return MapPrototypeHas(this.#data, name);
  }

  set(name, value) {
    MIMEParams.#check(this);
    name = `${name}`;
    value = `${value}`;
    const nameInvalid = firstInvalid(name, kNotTokenWithBacktick);
    if (name.length === 0 || nameInvalid !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, nameInvalid);
    }
    const valueInvalid = firstInvalid(value, kNotQuotedStringCodePoint);
    if (valueInvalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, valueInvalid);
    MapPrototypeSet(this.#data, name, value);
  }

  // Generators, as in Node: a wrong receiver fails on the first next(), not on the call.
  *entries() {
    MIMEParams.#check(this);
    yield* this.#data;
  }

  *keys() {
    MIMEParams.#check(this);
    for (const { 0: key } of this.#data) yield key;
  }

  *values() {
    MIMEParams.#check(this);
    for (const { 1: value } of this.#data) yield value;
  }

  toString() {
    MIMEParams.#check(this);
    return serializeParameters(this.#data, kNotTokenWithBacktick);
  }

  /** Parses the parameters of `input` (from `start`) into a new MIMEParams. */
  static parse(input, start) {
    const params = new MIMEParams();
    parseParameters(input, start, kNotTokenWithBacktick, params.#data);
    return params;
  }
}

const kParse = MIMEParams.parse;
delete MIMEParams.parse;
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
for (const name of ['toJSON', Symbol.iterator]) {
  Object.defineProperty(MIMEParams.prototype, name, { __proto__: null, enumerable: false });
}

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    // Only leading whitespace goes first: trailing whitespace is part of the type when there is
    // no '/' (so the error points at it), and the parser trims it elsewhere.
    const input = trimHTTPWhitespace(string, true, false);
    const essence = parseEssence(input, kNotTokenWithBacktick);
    if (essence.error !== undefined) {
      throw new ERR_INVALID_MIME_SYNTAX(essence.error, string, essence.index);
    }
    this.#type = essence.type;
    this.#subtype = essence.subtype;
    this.#parameters = kParse(input, essence.paramsStart);
  }

  static #check(self, verb, field) {
    if (self === null || typeof self !== 'object' || !(#type in self)) throw privateAccessError(verb, field);
  }

  get type() {
    MIMEType.#check(this, 'read', 'type');
    return this.#type;
  }

  set type(value) {
    value = validateToken('type', `${value}`);
    MIMEType.#check(this, 'write', 'type');
    this.#type = value;
  }

  get subtype() {
    MIMEType.#check(this, 'read', 'subtype');
    return this.#subtype;
  }

  set subtype(value) {
    value = validateToken('subtype', `${value}`);
    MIMEType.#check(this, 'write', 'subtype');
    this.#subtype = value;
  }

  get essence() {
    MIMEType.#check(this, 'read', 'type');
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    MIMEType.#check(this, 'read', 'parameters');
    return this.#parameters;
  }

  toString() {
    MIMEType.#check(this, 'read', 'type');
    const params = this.#parameters.toString();
    return params.length === 0 ? `${this.#type}/${this.#subtype}` : `${this.#type}/${this.#subtype};${params}`;
  }
}

MIMEType.prototype.toJSON = MIMEType.prototype.toString;
Object.defineProperty(MIMEType.prototype, 'toJSON', { __proto__: null, enumerable: false });

module.exports = { MIMEType, MIMEParams };
