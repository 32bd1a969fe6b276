console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 1000));
console.log(Array.from({ length: 12 }, (_, i) => 'str' + 'i'.repeat(i)));
console.log(Array.from({ length: 8 }, (_, i) => i));
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 40 }, (_, i) => (i % 3 ? i : -i * 1.5)));
console.log(Array.from({ length: 20 }, (_, i) => ({ i })));
console.log(Array.from({ length: 27 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 5) + 1)));
