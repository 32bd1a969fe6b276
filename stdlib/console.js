'use strict';
// `console`: module.exports is the global console; `console.Console` is the class. Both are
// built natively (runtime/src/bindings/console.rs): every program that logs reads `console`,
// and a console written here would cost each of them a parse. The method bodies are in
// internal/console/methods, loaded on the first call that needs them.

module.exports = internalBinding('console').globalConsole;
