const util = require('util');
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.v}> depth=${depth} ${typeof options.stylize} ${inspect === util.inspect}`;
  }
}
console.log(new Money(5));
console.log({ wallet: new Money(7) });
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const returnsObj = { [util.inspect.custom]() { return { replaced: true }; } };
console.log(returnsObj);
console.log(util.inspect(new Money(1), { customInspect: false }));
console.log(typeof util.inspect.defaultOptions, util.inspect.defaultOptions.depth);
