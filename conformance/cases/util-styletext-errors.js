const { styleText } = require('util');
const show = (...args) => {
  try {
    console.log(JSON.stringify(styleText(...args)));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${e.message.length > 120 ? `${e.message.slice(0, 60)}...${e.message.slice(-40)}` : e.message}`);
  }
};
show('nope', 'x');
show(['red', 'nope'], 'x');
show('none', 'x');
show('red', 5);
show('red');
show('nope', 5);
show(5, 'x');
show(null, 'x');
show(undefined, 'x');
show([null], 'x');
show('toString', 'x');
show('red', 'x', { validateStream: 'no' });
show('red', 'x', { stream: 5 });
show('red', 'x', { stream: {} });
show('red', 'x', { stream: null });
show('red', 'x', { validateStream: false, stream: 5 });
try {
  styleText('nope', 'x');
} catch (e) {
  console.log(e.message.includes("'bgWhiteBright'"), e.message.split(', ').length);
}
