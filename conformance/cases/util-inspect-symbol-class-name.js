// A class whose `name` is a symbol (a static field shadows the function's
// name) is shown by inspect with the symbol's description, not a TypeError.
'use strict';
const util = require('util');

class Tagged {
  static name = Symbol('tagged-thing');
}
console.log(util.inspect(new Tagged()));

const withProps = new Tagged();
withProps.count = 3;
withProps.list = [1, 2];
console.log(util.inspect(withProps));
console.log(util.inspect({ nested: withProps }, { depth: 0 }));
console.log(util.format('%o', withProps));

class Child extends Tagged {}
console.log(util.inspect(new Child()));

class Empty {
  static name = Symbol();
}
console.log(util.inspect(new Empty()));
console.log(util.inspect([new Empty(), new Tagged()]));
