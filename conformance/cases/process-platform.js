console.log(process.platform);
console.log(typeof process.arch, ['x64', 'arm64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x'].includes(process.arch));
console.log(typeof process.pid, Number.isInteger(process.pid), typeof process.ppid);
console.log(typeof process.title, typeof process.execPath, process.execPath.startsWith('/'));
console.log(typeof process.uptime(), process.uptime() >= 0);
console.log(String(process), Object.prototype.toString.call(process));
