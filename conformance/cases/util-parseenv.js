'use strict';
// util.parseEnv: the dotenv format as Node v20 parses it, quirks included.
const { parseEnv } = require('util');

const cases = [
  'A=1', 'A=1\nB=2', 'A = 1 ', ' A=1', 'export A=1', 'export  A=1', 'exportA=1', 'export A', 'A', 'A=',
  'A= ', 'A=""', "A=''", 'A=``', 'A="x"', "A='x'", 'A=`x`', 'A="x', "A='x", 'A="a\\nb"', "A='a\\nb'",
  'A=`a\\nb`', 'A="line1\nline2"', "A='l1\nl2'", 'A=`l1\nl2`', 'A=x # c', 'A=x#c', 'A="x # c"',
  'A="x" # c', '# c\nA=1', '#A=1', 'A=a=b=c', 'A==b', '=b', 'A B=1', 'A.B-C=1', 'A:1', 'A=1\r\nB=2',
  'A=1\rB=2', 'A=1\nA=2', 'A="x"y', 'A= "x"', 'A=  spaced  value  ', 'A=\ttab', 'A="  pad  "',
  'A="a\\"b"', 'A="a\\\\nb"', 'A=a\\nb', 'A="open\nB=2', '\n\nA=1\n\n', 'A=1 \n B = 2 \n', 'é=1',
  '1=x', 'export\nA=1', ' export A = "v" # c', 'A="x\\ty"', 'A=#x', 'A="#x"', 'A={"a": 1}',
  'A="{"a": 1}"', 'export export A=1', 'A\nB=2', 'A=\nB=2', 'A="\nB=2\n"', '__proto__=1\nB=2',
  'toString=1', "A='''x'''", 'A="x\'', '\tA=1', 'A=\t1\t', "A='x=1", '\n =x', 'A=1\n  =x',
  'A=1\n  #c\nB=2', 'b=1\na=2\nB=3\n_=4\n10=5\n2=6', 'é=1\nz=2\n\u{1F600}=3\n\uE000=4',
];
for (const content of cases) {
  const result = parseEnv(content);
  console.log(JSON.stringify(content), '=>', JSON.stringify(result), Object.keys(result).length);
}

const result = parseEnv('A=1');
console.log(Object.getPrototypeOf(result) === Object.prototype, parseEnv.name, parseEnv.length);
for (const value of [undefined, 1, null, Buffer.from('A=1'), { toString() { return 'A=1'; } }]) {
  try {
    parseEnv(value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
