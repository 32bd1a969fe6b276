// Setting the priority of the current process (pid omitted, 0, or
// process.pid) is seen by every way of reading it back.
'use strict';
const os = require('os');

function show(label) {
  console.log(label, os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
}

// Niceness can only go up without privileges: use increasing values.
os.setPriority(3);
show('after setPriority(3):');
os.setPriority(0, 6);
show('after setPriority(0, 6):');
os.setPriority(process.pid, 9);
show('after setPriority(process.pid, 9):');
os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
show('after PRIORITY_BELOW_NORMAL:');
