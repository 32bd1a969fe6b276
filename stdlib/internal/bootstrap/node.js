'use strict';
// State the runtime's native bootstrap (runtime/src/bootstrap.rs) shares with the stdlib.

module.exports = {
  // Whether the program has touched a lazy global (e.g. `process`: without it there are no
  // 'exit' listeners to run).
  isMaterialized: internalBinding('lazy_globals').isMaterialized,
  // Boa's own Error.prototype.stack getter (raw backtraces, for internal/bootstrap/error_stack).
  nativeStackGetter: internalBinding('errors').nativeStackGetter,
};
