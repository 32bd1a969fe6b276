console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => i % 7));
console.log(Array.from({ length: 100 }, () => 0));
console.log({ nested: Array.from({ length: 120 }, (_, i) => 'x' + i) });
