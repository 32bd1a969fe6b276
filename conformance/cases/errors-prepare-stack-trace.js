function here() { return new Error('for callsites').stack; }
Error.prepareStackTrace = (err, callsites) => {
  const c = callsites[0];
  return {
    err: err.message,
    isArray: Array.isArray(callsites),
    types: [typeof c.getFileName, typeof c.getLineNumber, typeof c.getColumnNumber, typeof c.getFunctionName, typeof c.isNative, typeof c.getThis, typeof c.toString],
    file: c.getFileName().endsWith('errors-prepare-stack-trace.js'),
    line: c.getLineNumber(),
    fn: c.getFunctionName(),
  };
};
const st = here();
console.log(st);
Error.prepareStackTrace = (err, cs) => `${err.name}: custom ${cs.length > 0}`;
console.log(new TypeError('x').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('normal').stack.split('\n')[0]);
