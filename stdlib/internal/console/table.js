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
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);

const MapPrototypeGetSize = Function.prototype.call.bind(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const SetPrototypeGetSize = Function.prototype.call.bind(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set()[Symbol.iterator]());

const tableChars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 ',
};

// Columns a string occupies in a terminal (util.inspect's measure: ANSI codes removed, East
// Asian wide characters count 2).
function getStringWidth(str) {
  return require('internal/util/inspect').getStringWidth(str, true);
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
