'use strict';

// How util.inspect prints Error objects: the stack (or "[Name: message]" when
// there is none), the constructor name worked into its first line, frames shared
// with `cause` collapsed, and the colouring of frames when `colors` is on.

const { getPrefix } = require('internal/util/inspect_base');
const { isNativeError } = require('internal/util/types');

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ErrorCtor = Error;
const ErrorPrototypeToString = uncurry(Error.prototype.toString);
const ArrayIsArray = Array.isArray;
const ArrayIncludes = uncurry(Array.prototype.includes);
const ArrayIndexOf = uncurry(Array.prototype.indexOf);
const ArrayJoin = uncurry(Array.prototype.join);
const ArrayPush = uncurry(Array.prototype.push);
const ArraySplice = uncurry(Array.prototype.splice);
const StringCtor = String;
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const MathMin = Math.min;
const globalObject = globalThis;

function isError(value) {
  if (isNativeError(value)) return true;
  try {
    return value instanceof ErrorCtor;
  } catch {
    return false;
  }
}

function getStackString(error) {
  if (!error.stack) return ErrorPrototypeToString(error);
  let stack = StringCtor(error.stack);
  // Boa's own `stack` holds only the frames ("    at f (file:1:2)\n"): add the
  // "Name: message" line V8 starts it with.
  if (StringPrototypeStartsWith(stack, '    at ')) {
    if (StringPrototypeEndsWith(stack, '\n')) stack = StringPrototypeSlice(stack, 0, -1);
    stack = `${ErrorPrototypeToString(error)}\n${stack}`;
  }
  return stack;
}

// Without showHidden, own `name`/`message`/`stack` keys already visible in the
// stack are not repeated.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = ArrayIndexOf(keys, names[i]);
      if (index !== -1 && StringPrototypeIncludes(stack, err[names[i]])) ArraySplice(keys, index, 1);
    }
  }
}

// Length and start of the longest run (> 3) of frames of `a` also found, in
// order, in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Collapse the frames this error shares with its cause.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArraySplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Work the constructor name (and null prototype / tag) into the first line.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function safeGetCWD() {
  try {
    const process = globalObject.process;
    return process !== undefined ? process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

function markNodeModules(ctx, line) {
  const parts = [];
  let nodeModule;
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  while ((nodeModule = RegExpPrototypeExec(nodeModulesRegExp, line)) !== null) {
    // '/node_modules/'.length === 14
    ArrayPush(parts, StringPrototypeSlice(line, pos, nodeModule.index + 14));
    ArrayPush(parts, ctx.stylize(nodeModule[1], 'module'));
    pos = nodeModule.index + nodeModule[0].length;
  }
  if (pos !== 0) {
    ArrayPush(parts, StringPrototypeSlice(line, pos));
    line = ArrayJoin(parts, '');
  }
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = StringPrototypeIndexOf(line, workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (StringPrototypeSlice(line, cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
  const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
  const cwdSlice = StringPrototypeSlice(line, start, workingDirectoryEndPos);
  let result = `${StringPrototypeSlice(line, 0, start)}${ctx.stylize(cwdSlice, 'undefined')}${
    StringPrototypeSlice(line, workingDirectoryEndPos, end)}`;
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function pathToFileUrlHref(path) {
  // Good enough for marking: file:// plus the path with '%' and spaces escaped.
  return `file://${StringPrototypeReplace(StringPrototypeReplace(path, /%/g, '%25'), / /g, '%20')}`;
}

function colorFrames(ctx, lines) {
  const out = [];
  const workingDirectory = safeGetCWD();
  let esmWorkingDirectory;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const core = RegExpPrototypeExec(coreModuleRegExp, line);
    if (core !== null) {
      ArrayPush(out, ctx.stylize(line, 'undefined'));
      continue;
    }
    line = markNodeModules(ctx, line);
    if (workingDirectory !== undefined) {
      let newLine = markCwd(ctx, line, workingDirectory);
      if (newLine === line) {
        if (esmWorkingDirectory === undefined) esmWorkingDirectory = pathToFileUrlHref(workingDirectory);
        newLine = markCwd(ctx, line, esmWorkingDirectory);
      }
      line = newLine;
    }
    ArrayPush(out, line);
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? StringCtor(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !ArrayIncludes(keys, 'cause'))) ArrayPush(keys, 'cause');
  // Errors aggregated into an AggregateError.
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !ArrayIncludes(keys, 'errors'))) {
    ArrayPush(keys, 'errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // Skip past the message: it may contain "\n    at".
  let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = StringPrototypeSlice(stack, 0, stackStart);
    let lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) lines = colorFrames(ctx, lines);
    stack = `${head}\n${ArrayJoin(lines, '\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplace(stack, /\n/g, `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, isError };
