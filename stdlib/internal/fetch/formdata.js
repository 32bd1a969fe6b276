'use strict';
// FormData: an ordered list of (name, value) entries, values being strings or Files, and its
// multipart/form-data encoding for a request body (the boundary spelled as Node's fetch spells
// it, with random digits).

const { Buffer } = require('buffer');
const { Blob, File } = require('internal/blob');

const webidl = require('internal/fetch/webidl');

const kEntries = Symbol('entries');

// An entry's value: a string, or a File (a Blob becomes a File named 'blob'; a filename given
// makes a new File of that name).
function entryValue(value, filename) {
  if (!(value instanceof Blob)) return value;
  if (!(value instanceof File)) value = new File([value], 'blob', { type: value.type });
  if (filename !== undefined) {
    value = new File([value], filename, { type: value.type, lastModified: value.lastModified });
  }
  return value;
}

// append() and set(): a third argument requires a Blob value ("undefined" counts as a name).
function convertEntry(method, args) {
  const prefix = `FormData.${method}`;
  webidl.argumentLengthCheck(args.length, 2, prefix);
  const [name, value, filename] = args;
  if (args.length === 3 && !(value instanceof Blob)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  return [
    webidl.toUSVString(name),
    entryValue(value instanceof Blob ? value : webidl.toUSVString(value),
      args.length === 3 ? webidl.toUSVString(filename) : undefined),
  ];
}

function nameArgument(method, args) {
  webidl.argumentLengthCheck(args.length, 1, `FormData.${method}`);
  return webidl.toUSVString(args[0]);
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw webidl.conversionFailed('FormData constructor', 'Argument 1', ['undefined']);
    }
    this[kEntries] = [];
  }

  append(name, value) {
    webidl.brandCheck(this, FormData);
    this[kEntries].push(convertEntry('append', arguments));
  }

  delete(name) {
    webidl.brandCheck(this, FormData);
    name = nameArgument('delete', arguments);
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    webidl.brandCheck(this, FormData);
    name = nameArgument('get', arguments);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    webidl.brandCheck(this, FormData);
    name = nameArgument('getAll', arguments);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    webidl.brandCheck(this, FormData);
    name = nameArgument('has', arguments);
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value) {
    webidl.brandCheck(this, FormData);
    const entry = convertEntry('set', arguments);
    const entries = this[kEntries];
    const first = entries.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      entries.push(entry);
    } else {
      this[kEntries] = [...entries.slice(0, first), entry, ...entries.slice(first + 1).filter((e) => e[0] !== entry[0])];
    }
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    // Repeated names show as an array of their values.
    const shown = {};
    for (const [name, value] of this[kEntries]) {
      if (!Object.hasOwn(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    return `FormData ${inspect(shown, options)}`;
  }
}

for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set']) {
  Object.defineProperty(FormData.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'FormData',
});
webidl.installIterators(FormData, 'FormData', (form) => form[kEntries]);

function normalizeLinefeeds(value) {
  return value.replace(/\r?\n|\r/g, '\r\n');
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
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeLinefeeds(name))}"`;
      if (typeof value === 'string') {
        parts.push(Buffer.from(`${head}\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
      } else {
        // (A File with an empty name gets no filename parameter, as in Node.)
        if (value.name) head += `; filename="${escapeName(value.name)}"`;
        head += `\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
        parts.push(Buffer.from(head), Buffer.from(await value.arrayBuffer()), Buffer.from('\r\n'));
      }
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(parts);
  })();
  return { boundary, pending };
}

module.exports = { FormData, serialize };
