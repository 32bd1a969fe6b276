// A recursion that builds a longer string per level as it returns, each level keeping its
// child's string in a small array, makes ~4.5 GB of garbage strings and no objects after its
// descent: the strings count toward collection, so memory stays small.
function f(d) {
  if (!d) return '';
  const a = [f(d - 1)];
  return `${a[0]}${'y'.repeat(1000)}`;
}
console.log(f(3000).length);
console.log(process.memoryUsage().rss < 1024 * 1024 * 1024);
