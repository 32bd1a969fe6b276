'use strict';
// FormData: an ordered list of (name, value) entries, values being strings or Files, and its
// multipart/form-data encoding for a request body (the boundary spelled as Node's fetch spells
// it, with random digits).

const { Buffer } = require('buffer');
const { Blob, File } = require('internal/blob');

const kEntries = Symbol('entries');

function missing(method, required, given) {
  // WebIDL's wording, as Node's fetch words it ("but only 1 found", "but 0 found").
  const found = given === 0 ? '0' : `only ${given}`;
  return new TypeError(`FormData.${method}: ${required} argument${required === 1 ? '' : 's'} required, but ${found} found.`);
}

// An entry's value: a string, or a File (a Blob becomes a File named 'blob').
function entryValue(value, filename, method) {
  if (!(value instanceof Blob)) {
    if (filename !== undefined) {
      throw new TypeError(`FormData.${method}: parameter 2 is not of type 'Blob'`);
    }
    return `${value}`;
  }
  if (!(value instanceof File) || filename !== undefined) {
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    return new File([value], filename !== undefined ? `${filename}` : (value instanceof File ? value.name : 'blob'), options);
  }
  return value;
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    if (arguments.length < 2) throw missing('append', 2, arguments.length);
    this[kEntries].push([`${name}`, entryValue(value, filename, 'append')]);
  }

  delete(name) {
    if (arguments.length < 1) throw missing('delete', 1, 0);
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    if (arguments.length < 1) throw missing('get', 1, 0);
    name = `${name}`;
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    if (arguments.length < 1) throw missing('getAll', 1, 0);
    name = `${name}`;
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    if (arguments.length < 1) throw missing('has', 1, 0);
    name = `${name}`;
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    if (arguments.length < 2) throw missing('set', 2, arguments.length);
    name = `${name}`;
    const entry = [name, entryValue(value, filename, 'set')];
    const entries = this[kEntries];
    const first = entries.findIndex((e) => e[0] === name);
    if (first === -1) {
      entries.push(entry);
    } else {
      this[kEntries] = entries.filter((e, i) => i === first || e[0] !== name);
      this[kEntries][first] = entry;
    }
  }

  *entries() {
    for (const [name, value] of this[kEntries]) yield [name, value];
  }

  *keys() {
    for (const [name] of this[kEntries]) yield name;
  }

  *values() {
    for (const [, value] of this[kEntries]) yield value;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'FormData';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of this[kEntries]) shown[name] = value;
    return `FormData ${inspect(shown, options)}`;
  }
}

function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

/**
 * The multipart/form-data encoding of `form`: the boundary now, the bytes as a promise (File
 * contents are read asynchronously).
 */
function serialize(form) {
  const digits = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  const boundary = `----formdata-undici-0${digits}`;
  const entries = form[kEntries].slice();
  const pending = (async () => {
    const parts = [];
    for (const [name, value] of entries) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === 'string') {
        parts.push(Buffer.from(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
      } else {
        head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
        parts.push(Buffer.from(head), Buffer.from(await value.arrayBuffer()), Buffer.from('\r\n'));
      }
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(parts);
  })();
  return { boundary, pending };
}

module.exports = { FormData, serialize };
