// 1M awaited values inside an async function.
async function main() {
  let sum = 0;
  for (let i = 0; i < 1e6; i++) sum += await i;
  console.log(sum);
}
main();
