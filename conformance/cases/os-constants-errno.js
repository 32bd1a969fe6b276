// node:os — constants.errno subset, aliases, and key order.
const os = require('os');
const e = os.constants.errno;
console.log(Object.getPrototypeOf(e), Object.isFrozen(e));
console.log(Object.keys(e).length > 70, Object.keys(e).slice(0, 5), Object.keys(e).every((k) => /^E[A-Z0-9]+$/.test(k)));
for (const k of ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'EWOULDBLOCK', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EMFILE', 'ENOSPC', 'EPIPE', 'ERANGE', 'ENOSYS', 'ENOTEMPTY', 'ELOOP', 'ENOTSUP', 'EOPNOTSUPP', 'ECONNREFUSED', 'ECONNRESET', 'EADDRINUSE', 'ETIMEDOUT']) {
  console.log(k, e[k]);
}
console.log(e.EAGAIN === e.EWOULDBLOCK, e.ENOTSUP === e.EOPNOTSUPP);
const util = require('util');
console.log(util.getSystemErrorName(-e.ENOENT), util.getSystemErrorName(-e.EACCES), util.getSystemErrorName(-e.EEXIST));
console.log(os.constants.UV_UDP_REUSEADDR, Object.keys(os.constants));
console.log(os.constants.dlopen);
