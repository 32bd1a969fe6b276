'use strict';

// assert.AssertionError and the messages it generates when none is given: the line diff of
// strictEqual / deepStrictEqual ("+ actual - expected"), the single-value form of the negated
// operators and the "a op b" form of the loose ones - worded and laid out as in Node.js v20.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ArrayJoin = uncurry(Array.prototype.join);
const ArrayPush = uncurry(Array.prototype.push);
const ErrorCtor = Error;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const MathMax = Math.max;
const ObjectAssign = Object.assign;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const StringCtor = String;
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeSplit = uncurry(String.prototype.split);

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both values together at most this long (and primitive): printed as `a !== b`.
const kMaxShortLength = 12;
// At most this many lines of one value are printed.
const kMaxLines = 50;

// Colours of the diff, chosen per message (only when stderr is a colour terminal).
let blue = '';
let green = '';
let red = '';
let white = '';

function chooseColors() {
  blue = green = red = white = '';
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  if (stderr && stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  }
}

function stderrColumns() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  return stderr && stderr.isTTY ? stderr.columns : 80;
}

const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function removeColors(str) {
  return StringPrototypeReplace(str, ansiPattern, '');
}

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Errors are compared through copies without their stack (so the message is not a stack dump).
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

// Keeps the first lines of a long value: 46 lines and an ellipsis.
function truncateLines(lines) {
  if (lines.length > kMaxLines) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  return lines;
}

// The "+ actual - expected" line diff, under `customHeader` when it is truthy.
function createErrDiff(actual, expected, operator, customHeader) {
  const actualInspected = inspectValue(actual);
  const actualLines = StringPrototypeSplit(actualInspected, '\n');
  const expectedLines = StringPrototypeSplit(inspectValue(expected), '\n');
  let indicator = '';
  // Counts the first equal characters of single-line values, then trailing equal lines.
  let pos = 0;

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const title = customHeader ? StringCtor(customHeader) : kReadableOperator[operator];

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const colored = inspect.defaultOptions.colors;
    const actualRaw = colored ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colored ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < stderrColumns()) {
      while (actualRaw[pos] === expectedRaw[pos]) pos++;
      if (pos > 2) {
        indicator = `\n  ${StringPrototypeRepeat(' ', pos)}^`;
        pos = 0;
      }
    }
  }

  // Drop the equal lines at the end: up to three are kept as context, one more is remembered.
  const endParts = [];
  let lastHidden = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines[actualLines.length - 1];
    if (pos++ < 3) {
      ArrayPush(endParts, `\n  ${line}`);
    } else {
      lastHidden = line;
    }
    actualLines.length--;
    expectedLines.length--;
  }

  const maxLines = MathMax(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal output, different values (e.g. two distinct symbols or functions).
    const lines = truncateLines(StringPrototypeSplit(actualInspected, '\n'));
    return `${kReadableOperator.notIdentical}\n\n${ArrayJoin(lines, '\n')}\n`;
  }

  let skipped = false;
  const endLines = [];
  if (lastHidden !== '') ArrayPush(endLines, `\n  ${lastHidden}`);
  if (pos >= 5) {
    ArrayPush(endLines, `\n${blue}...${white}`);
    skipped = true;
  }
  for (let i = endParts.length - 1; i >= 0; i--) ArrayPush(endLines, endParts[i]);
  const end = ArrayJoin(endLines, '');

  const header = `${title}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // `res` collects printed lines; `other` holds expected-side lines until the next equal line, so
  // consecutive changes read +++--- rather than +-+-.
  const res = [];
  let other = [];
  let printed = 0;
  let identical = 0;

  const actualIsLonger = actualLines.length >= maxLines;
  const longer = actualIsLonger ? actualLines : expectedLines;
  const shorterLength = actualIsLonger ? expectedLines.length : actualLines.length;
  const extraSign = actualIsLonger ? `${green}+${white}` : `${red}-${white}`;

  // Prints the context before a change: the last equal lines (at most three, the rest elided).
  const flushIdentical = (lines, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            ArrayPush(res, `\n  ${lines[i - 3]}`);
            printed++;
          } else {
            ArrayPush(res, `\n${blue}...${white}`);
            skipped = true;
          }
        }
        ArrayPush(res, `\n  ${lines[i - 2]}`);
        printed++;
      }
      ArrayPush(res, `\n  ${lines[i - 1]}`);
      printed++;
    }
    identical = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      // Only the longer side has lines left.
      flushIdentical(longer, i);
      if (actualIsLonger) ArrayPush(res, `\n${extraSign} ${longer[i]}`);
      else ArrayPush(other, `\n${extraSign} ${longer[i]}`);
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let differs = actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') || StringPrototypeSlice(actualLine, 0, -1) !== expectedLine);
      // Lines that differ only by a trailing comma of the expected line count as equal.
      if (differs && StringPrototypeEndsWith(expectedLine, ',') &&
          StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushIdentical(actualLines, i);
        ArrayPush(res, `\n${green}+${white} ${actualLine}`);
        ArrayPush(other, `\n${red}-${white} ${expectedLine}`);
        printed += 2;
      } else {
        for (let j = 0; j < other.length; j++) ArrayPush(res, other[j]);
        other = [];
        identical++;
        if (identical <= 2) {
          ArrayPush(res, `\n  ${actualLine}`);
          printed++;
        }
      }
    }
    if (printed > kMaxLines && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${ArrayJoin(res, '')}\n${blue}...${white}${ArrayJoin(other, '')}\n` +
        `${blue}...${white}`;
    }
  }

  return `${header}${skipped ? skippedMsg : ''}\n${ArrayJoin(res, '')}${ArrayJoin(other, '')}${end}${indicator}`;
}

// notStrictEqual / notDeepStrictEqual: the one value both sides share.
function createUnequalMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const lines = truncateLines(StringPrototypeSplit(inspectValue(actual), '\n'));
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${ArrayJoin(lines, '\n')}\n`;
}

// Everything else: `actual <operator> expected`, or the deepEqual / notDeepEqual wording.
function createOperatorMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${StringPrototypeSlice(res, 0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${StringPrototypeSlice(res, 0, 509)}...`;
  if (other.length > 512) other = `${StringPrototypeSlice(other, 0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

function isErrorWithStack(v) {
  return typeof v === 'object' && v !== null && 'stack' in v && v instanceof ErrorCtor;
}

class AssertionError extends ErrorCtor {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    if (message != null) {
      // A custom message replaces the header of the strict diff; other operators show it alone.
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        chooseColors();
        super(createErrDiff(actual, expected, operator, message));
      } else {
        super(StringCtor(message));
      }
    } else {
      chooseColors();
      if (isErrorWithStack(actual) && isErrorWithStack(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      let generated;
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        generated = createErrDiff(actual, expected, operator, undefined);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        generated = createUnequalMessage(actual, operator);
      } else {
        generated = createOperatorMessage(actual, expected, operator);
      }
      super(generated);
    }

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (ErrorCaptureStackTrace !== undefined) ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // Render the stack header while the name carries the code, then restore the plain name.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Not a computed class member: Boa 0.22 rejects computed keys in derived classes inside functions.
// Long strings are shortened and `actual` / `expected` shown one level deep only: the message
// already shows them in full.
function inspectAssertionError(recurseTimes, ctx) {
  const savedActual = this.actual;
  const savedExpected = this.expected;
  if (typeof savedActual === 'string') this.actual = addEllipsis(savedActual);
  if (typeof savedExpected === 'string') this.expected = addEllipsis(savedExpected);
  try {
    return inspect(this, { ...ctx, customInspect: false, depth: 0 });
  } finally {
    this.actual = savedActual;
    this.expected = savedExpected;
  }
}
ObjectDefineProperty(AssertionError.prototype, inspect.custom, {
  __proto__: null, value: inspectAssertionError, writable: true, enumerable: false, configurable: true,
});

function addEllipsis(string) {
  const lines = StringPrototypeSplit(string, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayJoin(lines, '\n')}\n...`;
  }
  // Node v20 keeps the part after the first 512 characters here.
  if (string.length > 512) return `${StringPrototypeSlice(string, 512)}...`;
  return string;
}

module.exports = { AssertionError, inspectValue };
