'use strict';
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  rl.question('Favourite colour? ', (colour) => {
    console.log(`\n${name} likes ${colour}`);
    rl.close();
  });
});
rl.on('close', () => console.log('bye'));
