'use strict';
// util.parseArgs: command-line argument parsing, as Node v20 (including `allowNegative`).

const ArrayPrototypeIncludes = Function.prototype.call.bind(Array.prototype.includes);
const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const ArrayPrototypeShift = Function.prototype.call.bind(Array.prototype.shift);
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const ArrayPrototypeUnshift = Function.prototype.call.bind(Array.prototype.unshift);
const ObjectEntries = Object.entries;
const ObjectHasOwn = Object.hasOwn;
const ObjectKeys = Object.keys;
const StringPrototypeCharAt = Function.prototype.call.bind(String.prototype.charAt);
const StringPrototypeIncludes = Function.prototype.call.bind(String.prototype.includes);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = require('internal/errors').codes;

const kEvalArgs = ['-e', '--eval', '-p', '--print'];

function getMainArgs() {
  const execArgv = process.execArgv || [];
  for (let i = 0; i < execArgv.length; i++) {
    if (ArrayPrototypeIncludes(kEvalArgs, execArgv[i])) return ArrayPrototypeSlice(process.argv, 1);
  }
  return ArrayPrototypeSlice(process.argv, 2);
}

function objectGetOwn(obj, key) {
  if (ObjectHasOwn(obj, key)) return obj[key];
  return undefined;
}

function optionsGetOwn(options, longOption, key) {
  if (ObjectHasOwn(options, longOption)) return objectGetOwn(options[longOption], key);
  return undefined;
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && StringPrototypeCharAt(value, 0) === '-';
}

function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const keys = ObjectKeys(options);
  for (let i = 0; i < keys.length; i++) {
    if (objectGetOwn(options[keys[i]], 'short') === shortOption) return keys[i];
  }
  return shortOption;
}

function isLoneShortOption(arg) {
  return arg.length === 2 && StringPrototypeCharAt(arg, 0) === '-' && StringPrototypeCharAt(arg, 1) !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && !StringPrototypeIncludes(arg, '=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && StringPrototypeIncludes(arg, '=', 3);
}

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2) return false;
  if (StringPrototypeCharAt(arg, 0) !== '-') return false;
  if (StringPrototypeCharAt(arg, 1) === '-') return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2) return false;
  if (StringPrototypeCharAt(arg, 0) !== '-') return false;
  if (StringPrototypeCharAt(arg, 1) === '-') return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = ArrayPrototypeSlice(args);
  while (remainingArgs.length > 0) {
    const arg = ArrayPrototypeShift(remainingArgs);
    const nextArg = remainingArgs[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < remainingArgs.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: remainingArgs[i] });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = StringPrototypeCharAt(arg, 1);
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remainingArgs);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = StringPrototypeCharAt(arg, i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      ArrayPrototypeUnshift(remainingArgs, ...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = StringPrototypeCharAt(arg, 1);
      const longOption = findLongOptionForShort(shortOption, options);
      const value = StringPrototypeSlice(arg, 2);
      ArrayPrototypePush(tokens, {
        kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value, inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remainingArgs);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, equalIndex);
      const value = StringPrototypeSlice(arg, equalIndex + 1);
      ArrayPrototypePush(tokens, {
        kind: 'option', name: longOption, rawName: `--${longOption}`, index, value, inlineValue: true,
      });
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = StringPrototypeStartsWith(token.rawName, '--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!ObjectHasOwn(config.options, name)) {
    if (config.allowNegative && StringPrototypeStartsWith(name, 'no-')) {
      name = StringPrototypeSlice(name, 3);
      if (optionsGetOwn(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else ArrayPrototypePush(values[longOption], newValue);
  } else {
    values[longOption] = newValue;
  }
}

function storeDefaultOption(longOption, optionValue, values) {
  if (longOption === '__proto__') return;
  values[longOption] = optionValue;
}

function validateUnion(value, name, union) {
  if (!ArrayPrototypeIncludes(union, value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');

  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const longOption = entries[i][0];
    const optionConfig = entries[i][1];
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
    if (ObjectHasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (ObjectHasOwn(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (optionType === 'string') validator = multipleOption ? validateStringArray : validateString;
      else validator = multipleOption ? validateBooleanArray : validateBoolean;
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      if (allowNegative && StringPrototypeStartsWith(token.name, 'no-') && token.value === undefined) {
        token.name = StringPrototypeSlice(token.name, 3);
        storeOption(token.name, false, options, result.values);
      } else {
        storeOption(token.name, token.value, options, result.values);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(result.positionals, token.value);
    }
  }

  for (let i = 0; i < entries.length; i++) {
    const longOption = entries[i][0];
    const optionConfig = entries[i][1];
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      storeDefaultOption(longOption, defaultValue, result.values);
    }
  }

  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
