try {
  require('../fixtures/cjs/syntax-error.js');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
try {
  require('../fixtures/cjs/syntax-error.js');
} catch (e) {
  console.log('second attempt also throws', e.name);
}
