'use strict';
// node:os - operating-system facts from internalBinding('os'), shaped as Node returns them.

const binding = internalBinding('os');

const signals = { __proto__: null, ...binding.signals };
const errno = { __proto__: null, ...binding.errno };
const priority = {
  __proto__: null,
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};
const dlopen = {
  __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
};
const constants = {
  __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority,
};

let osInfo;
function info() {
  return (osInfo ??= binding.getOSInformation());
}

// The environment as the program sees it now (process.env once `process` exists).
function currentEnv() {
  return require('internal/bootstrap/node').isMaterialized('process') ? process.env :
    internalBinding('process_methods').env;
}

function tmpdir() {
  const env = currentEnv();
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// The strings come back in `options.encoding` ('buffer' gives Buffers), as in Node.
function userInfo(options) {
  const [uid, gid, username, homedir, shell] = binding.getUserInfo();
  const requested = options?.encoding;
  // Unknown encodings are ignored, as Node's C++ side does.
  const encoding = requested === 'buffer' ? 'buffer' :
    require('internal/buffer/encodings').normalizeEncoding(requested);
  const encode = (text) => {
    if (!encoding || encoding === 'utf8' || text === null) return text;
    const bytes = require('buffer').Buffer.from(text);
    return encoding === 'buffer' ? bytes : bytes.toString(encoding);
  };
  return { __proto__: null, uid, gid, username: encode(username), homedir: encode(homedir), shell: encode(shell) };
}

// $HOME as it is now, else the user database (libuv's uv_os_homedir).
function homedir() {
  const env = currentEnv();
  if (env.HOME !== undefined) return env.HOME;
  // The process environment Rust sees is the startup one: ask the user database directly.
  return binding.getUserInfo()[3];
}

function networkInterfaces() {
  const flat = binding.getInterfaceAddresses();
  const result = { __proto__: null };
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const bits = family === 'IPv4' ? maskBits4(netmask) : maskBits6(netmask);
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${bits}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

function maskBits4(mask) {
  let bits = 0;
  for (const part of mask.split('.')) {
    let n = Number(part);
    while (n & 0x80) {
      bits++;
      n = (n << 1) & 0xff;
    }
  }
  return bits;
}

function maskBits6(mask) {
  let bits = 0;
  const groups = mask.split(':');
  for (const group of groups) {
    if (group === '') continue;
    let n = parseInt(group, 16);
    while (n & 0x8000) {
      bits++;
      n = (n << 1) & 0xffff;
    }
  }
  return bits;
}

function validatePid(pid) {
  require('internal/validators').validateInt32(pid, 'pid');
}

// A failed uv_os_{get,set}priority is reported as Node does: SystemError ERR_SYSTEM_ERROR, the
// libuv error in `info` ({ errno, code, message, syscall }).
function systemError(err) {
  if (err === null || typeof err !== 'object' || typeof err.errno !== 'number' ||
      typeof err.syscall !== 'string') {
    return err;
  }
  const entry = require('internal/util/system_errors').getSystemErrorMap().get(err.errno);
  const { ERR_SYSTEM_ERROR } = require('internal/errors').codes;
  return new ERR_SYSTEM_ERROR({
    errno: err.errno,
    code: entry !== undefined ? entry[0] : err.code,
    message: entry !== undefined ? entry[1] : 'unknown error',
    syscall: err.syscall,
  });
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validatePid(pid);
  try {
    return binding.getPriority(pid);
  } catch (err) {
    throw systemError(err);
  }
}

function setPriority(pid, value) {
  if (value === undefined) {
    value = pid;
    pid = 0;
  }
  validatePid(pid);
  require('internal/validators').validateInt32(value, 'priority', -20, 19);
  try {
    binding.setPriority(pid, value);
    // JavaScript runs on a thread of its own and Linux priorities are per thread: the current
    // process means both that thread (pid 0) and the main one (process.pid, what
    // getPriority(process.pid) and other tools read), as with Node's single main thread.
    if (pid === 0) binding.setPriority(process.pid, value);
    else if (pid === process.pid) binding.setPriority(0, value);
  } catch (err) {
    throw systemError(err);
  }
}

module.exports = {
  arch: () => process.arch,
  availableParallelism: () => binding.getAvailableParallelism(),
  cpus: () => binding.getCPUs(),
  endianness: () => 'LE',
  freemem: () => binding.getFreeMem(),
  getPriority,
  homedir,
  hostname: () => binding.getHostname(),
  loadavg: () => binding.getLoadAvg(),
  networkInterfaces,
  platform: () => 'linux',
  release: () => info()[1],
  setPriority,
  tmpdir,
  totalmem: () => binding.getTotalMem(),
  type: () => info()[0],
  userInfo,
  uptime: () => binding.getUptime(),
  version: () => info()[2],
  machine: () => info()[3],
};
// As in Node: constants fixed, EOL and devNull read-only, signal numbers read-only.
for (const name of Object.keys(signals)) {
  Object.defineProperty(signals, name, { __proto__: null, writable: false });
}
Object.defineProperties(module.exports, {
  constants: { __proto__: null, value: constants, enumerable: true, writable: false, configurable: false },
  EOL: { __proto__: null, value: '\n', enumerable: true, writable: false, configurable: true },
  devNull: { __proto__: null, value: '/dev/null', enumerable: true, writable: false, configurable: true },
});
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir',
  'hostname', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version',
  'machine']) {
  const fn = module.exports[name];
  fn[Symbol.toPrimitive] = () => fn();
}
