const order = [];
const t = setTimeout(() => { order.push('refreshed'); }, 30);
setTimeout(() => { t.refresh(); order.push('refresh called'); }, 15);
setTimeout(() => order.push('at 40'), 40);
process.on('exit', () => console.log(order.join(', ')));
