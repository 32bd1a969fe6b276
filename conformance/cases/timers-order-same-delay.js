for (let i = 0; i < 5; i++) setTimeout(() => console.log('t', i), 3);
setTimeout(() => {
  setTimeout(() => console.log('timeout 0 after immediates'), 0);
  for (let i = 0; i < 3; i++) setImmediate(() => console.log('imm', i));
}, 20);
