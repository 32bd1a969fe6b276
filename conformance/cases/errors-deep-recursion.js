function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
console.log(down(10000));
const sum = (n) => (n === 0 ? 0 : n + sum(n - 1));
console.log(sum(5000));
