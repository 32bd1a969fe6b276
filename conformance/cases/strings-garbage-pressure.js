// Discarded objects that hold large strings are collected in time: 600 one-element arrays of
// fresh 1 MB strings must not keep 600 MB alive (the peak stays far below that).
const base = 'x'.repeat(1 << 20);
let total = 0;
for (let i = 0; i < 600; i++) {
  const holder = [base + i];
  total += holder[0].length;
}
const status = require('fs').readFileSync('/proc/self/status', 'utf8');
const peakKb = Number(status.match(/VmHWM:\s+(\d+)/)[1]);
console.log(total, peakKb < 400 * 1024 ? 'peak below 400 MB' : `peak ${peakKb} KB`);
