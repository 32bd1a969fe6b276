// `-e` and `-p` code sees the built-in modules as lazy globals (reassignable, not enumerable);
// a script piped on stdin does not.
const { spawnSync } = require('child_process');

const run = (args, input) => {
  const child = spawnSync(process.execPath, args, { input });
  return `${child.status} ${child.stdout.toString().trim()} ${child.stderr.toString().trim()}`;
};

console.log(run(['-e', `
  console.log(fs === require('fs'), path.join('a', 'b'), typeof util.inspect, crypto === require('crypto'));
  console.log(Object.keys(globalThis).includes('fs'), typeof _http_agent, typeof fs_promises);
  http = 5;
  console.log(http, Object.getOwnPropertyDescriptor(globalThis, 'http').value);
`]));
console.log(run(['-p', 'os.EOL === "\\n" && typeof zlib.gzipSync']));
console.log(run(['-'], 'console.log(typeof fs, typeof http)'));
