const cwd = process.cwd();
console.log(typeof cwd, cwd === __dirname);
console.log(cwd.endsWith('/conformance/cases'));
console.log(cwd.startsWith('/'));
