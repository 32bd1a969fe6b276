// node:os — homedir() reads HOME (verbatim, trailing slash kept) and follows runtime changes.
const os = require('os');
console.log(process.env.HOME, os.homedir(), `${os.homedir}`);
process.env.HOME = '/x';
console.log(os.homedir());
process.env.HOME = 'relative/dir';
console.log(os.homedir());
process.env.HOME = '';
console.log(typeof os.homedir(), os.homedir().length > 0);
delete process.env.HOME;
console.log(typeof os.homedir(), os.homedir() === os.userInfo().homedir);
