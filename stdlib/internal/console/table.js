'use strict';
// console.table(): Node's box-drawing tables. Loaded on first use.

const ArrayFrom = Array.from;
const ArrayIsArray = Array.isArray;
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const ArrayPrototypeUnshift = Function.prototype.call.bind(Array.prototype.unshift);
const MathMax = Math.max;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const ObjectValues = Object.values;
const RegExpPrototypeSymbolReplace = Function.prototype.call.bind(RegExp.prototype[Symbol.replace]);
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const StringPrototypeNormalize = Function.prototype.call.bind(String.prototype.normalize);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const MapPrototypeGetSize = Function.prototype.call.bind(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const SetPrototypeGetSize = Function.prototype.call.bind(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set()[Symbol.iterator]());

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x231a && code <= 0x231b) ||
    (code >= 0x23e9 && code <= 0x23ec) || code === 0x23f0 || code === 0x23f3 ||
    (code >= 0x25fd && code <= 0x25fe) ||
    (code >= 0x2614 && code <= 0x2615) ||
    (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267f || code === 0x2693 || code === 0x26a1 ||
    (code >= 0x26aa && code <= 0x26ab) ||
    (code >= 0x26bd && code <= 0x26be) ||
    (code >= 0x26c4 && code <= 0x26c5) ||
    code === 0x26ce || code === 0x26d4 || code === 0x26ea ||
    (code >= 0x26f2 && code <= 0x26f3) || code === 0x26f5 || code === 0x26fa || code === 0x26fd ||
    code === 0x2705 || (code >= 0x270a && code <= 0x270b) || code === 0x2728 || code === 0x274c ||
    code === 0x274e || (code >= 0x2753 && code <= 0x2755) || code === 0x2757 ||
    (code >= 0x2795 && code <= 0x2797) || code === 0x27b0 || code === 0x27bf ||
    (code >= 0x2b1b && code <= 0x2b1c) || code === 0x2b50 || code === 0x2b55 ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x3247) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x18aff) ||
    (code >= 0x1b000 && code <= 0x1b2ff) ||
    code === 0x1f004 || code === 0x1f0cf || code === 0x1f18e ||
    (code >= 0x1f191 && code <= 0x1f19a) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f320) ||
    (code >= 0x1f32d && code <= 0x1f335) ||
    (code >= 0x1f337 && code <= 0x1f37c) ||
    (code >= 0x1f37e && code <= 0x1f393) ||
    (code >= 0x1f3a0 && code <= 0x1f3ca) ||
    (code >= 0x1f3cf && code <= 0x1f3d3) ||
    (code >= 0x1f3e0 && code <= 0x1f3f0) || code === 0x1f3f4 ||
    (code >= 0x1f3f8 && code <= 0x1f43e) || code === 0x1f440 ||
    (code >= 0x1f442 && code <= 0x1f4fc) ||
    (code >= 0x1f4ff && code <= 0x1f53d) ||
    (code >= 0x1f54b && code <= 0x1f54e) ||
    (code >= 0x1f550 && code <= 0x1f567) || code === 0x1f57a ||
    (code >= 0x1f595 && code <= 0x1f596) || code === 0x1f5a4 ||
    (code >= 0x1f5fb && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1f6c5) || code === 0x1f6cc ||
    (code >= 0x1f6d0 && code <= 0x1f6d2) ||
    (code >= 0x1f6d5 && code <= 0x1f6d7) ||
    (code >= 0x1f6dc && code <= 0x1f6df) ||
    (code >= 0x1f6eb && code <= 0x1f6ec) ||
    (code >= 0x1f6f4 && code <= 0x1f6fc) ||
    (code >= 0x1f7e0 && code <= 0x1f7eb) || code === 0x1f7f0 ||
    (code >= 0x1f90c && code <= 0x1f93a) ||
    (code >= 0x1f93c && code <= 0x1f945) ||
    (code >= 0x1f947 && code <= 0x1f9ff) ||
    (code >= 0x1fa70 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0x1F3FB && code <= 0x1F3FF) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// Columns a string occupies in a terminal.
function getStringWidth(str) {
  str = RegExpPrototypeSymbolReplace(ansiRegExp, str, '');
  let width = 0;
  let i = 0;
  for (; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  if (i === str.length) return width;
  str = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
  for (let j = 0; j < str.length; j++) {
    const code = StringPrototypeCodePointAt(str, j);
    if (code > 0xffff) j++;
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

function renderRow(row, columnWidths) {
  const parts = [tableChars.left];
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    ArrayPrototypePush(parts, cell, StringPrototypeRepeat(' ', columnWidths[i] - getStringWidth(cell)));
    if (i !== row.length - 1) ArrayPrototypePush(parts, tableChars.middle);
  }
  ArrayPrototypePush(parts, tableChars.right);
  return ArrayPrototypeJoin(parts, '');
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((cell) => getStringWidth(cell));
  let longestColumn = 0;
  for (let i = 0; i < columns.length; i++) longestColumn = MathMax(longestColumn, columns[i].length);
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      columnWidths[i] = MathMax(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => StringPrototypeRepeat(tableChars.middleMiddle, width + 2));
  const lines = [
    tableChars.topLeft + ArrayPrototypeJoin(divider, tableChars.topMiddle) + tableChars.topRight,
    renderRow(head, columnWidths),
    tableChars.leftMiddle + ArrayPrototypeJoin(divider, tableChars.rowMiddle) + tableChars.rightMiddle,
  ];
  for (let i = 0; i < rows.length; i++) ArrayPrototypePush(lines, renderRow(rows[i], columnWidths));
  ArrayPrototypePush(lines,
    tableChars.bottomLeft + ArrayPrototypeJoin(divider, tableChars.bottomMiddle) + tableChars.bottomRight);
  return ArrayPrototypeJoin(lines, '\n');
}

function isMap(value) {
  try {
    MapPrototypeGetSize(value);
    return true;
  } catch {
    return false;
  }
}

function isSet(value) {
  try {
    SetPrototypeGetSize(value);
    return true;
  } catch {
    return false;
  }
}

// [entries, isKeyValue] of a Map/Set iterator, without consuming it when the runtime can peek.
function previewEntries(iterator, isMapIterator) {
  let binding;
  try {
    binding = internalBinding('util');
  } catch {
    binding = undefined;
  }
  if (binding && typeof binding.previewEntries === 'function') {
    const res = binding.previewEntries(iterator, true);
    if (res !== undefined) return res;
  }
  const items = [...iterator];
  if (!isMapIterator) {
    // Set entries() yields [v, v] pairs, which Node's preview flattens.
    let pairs = items.length > 0;
    for (let i = 0; i < items.length && pairs; i++) {
      pairs = ArrayIsArray(items[i]) && items[i].length === 2 && items[i][0] === items[i][1];
    }
    if (!pairs) return [items, false];
    const flat = [];
    for (let i = 0; i < items.length; i++) ArrayPrototypePush(flat, items[i][0], items[i][1]);
    return [flat, false];
  }
  let isKeyValue = items.length > 0;
  for (let i = 0; i < items.length && isKeyValue; i++) {
    isKeyValue = ArrayIsArray(items[i]) && items[i].length === 2;
  }
  if (!isKeyValue) return [items, false];
  const flat = [];
  for (let i = 0; i < items.length; i++) ArrayPrototypePush(flat, items[i][0], items[i][1]);
  return [flat, true];
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function table(con, tabularData, properties, getInspectOptions, lazyInspect) {
  if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') {
    con.log(tabularData);
    return;
  }
  const { inspect } = lazyInspect();
  const final = (k, v) => con.log(renderTable(k, v));
  const inspectCell = (v) => {
    const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) && ObjectKeys(v).length > 2 ? -1 : 0;
    return inspect(v, {
      depth,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...getInspectOptions(con, con._stdout),
    });
  };
  const getIndexArray = (length) => ArrayFrom({ length }, (_, i) => inspectCell(i));

  const proto = ObjectGetPrototypeOf(tabularData);
  const mapIter = proto === MapIteratorPrototype;
  let isKeyValue = false;
  if (mapIter) {
    const res = previewEntries(tabularData, true);
    tabularData = res[0];
    isKeyValue = res[1];
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; ++i) {
        ArrayPrototypePush(keys, inspectCell(tabularData[i * 2]));
        ArrayPrototypePush(values, inspectCell(tabularData[i * 2 + 1]));
        length++;
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) {
        ArrayPrototypePush(keys, inspectCell(k));
        ArrayPrototypePush(values, inspectCell(v));
        length++;
      }
    }
    return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
  }

  const setIter = proto === SetIteratorPrototype;
  if (setIter) tabularData = previewEntries(tabularData, false)[0];

  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of tabularData) {
      ArrayPrototypePush(values, inspectCell(v));
      length++;
    }
    return final([iterKey, valuesKey], [getIndexArray(length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = ObjectKeys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = inspectCell(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = inspectCell(item[key]);
        }
      }
    }
  }
  const keys = ObjectKeys(map);
  const values = ObjectValues(map);
  if (hasPrimitives) {
    ArrayPrototypePush(keys, valuesKey);
    ArrayPrototypePush(values, valuesKeyArray);
  }
  ArrayPrototypeUnshift(keys, indexKey);
  ArrayPrototypeUnshift(values, indexKeyArray);
  return final(keys, values);
}

module.exports = {
  table,
  getStringWidth,
  renderTable,
};
