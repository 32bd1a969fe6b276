// timers/promises setInterval: an abort stops the interval even when the consumer is slower than
// it (ticks already due are still yielded, then AbortError).
const { setInterval } = require('timers/promises');

async function slowConsumer() {
  const ac = new AbortController();
  let n = 0;
  try {
    for await (const v of setInterval(5, 'tick', { signal: ac.signal })) {
      n++;
      if (n === 2) ac.abort();
      await new Promise((r) => setTimeout(r, 20));
      if (n > 50) throw new Error('still iterating after abort');
    }
  } catch (e) {
    console.log('slow consumer stopped', n <= 10, e.name, e.code);
  }
}

async function waitingConsumer() {
  const ac = new AbortController();
  setTimeout(() => ac.abort(new Error('why')), 30);
  let n = 0;
  try {
    for await (const v of setInterval(1000, 'x', { signal: ac.signal })) n++;
  } catch (e) {
    console.log('waiting consumer', n, e.name, e.cause && e.cause.message);
  }
}

async function breakOut() {
  let n = 0;
  for await (const v of setInterval(2, n)) if (++n === 3) break;
  console.log('break after', n);
}

slowConsumer().then(waitingConsumer).then(breakOut);
