// net.BlockList and net.SocketAddress are getters (loaded on first use), in Node's key order.
const net = require('net');
console.log(Object.keys(net).join(' '));
for (const name of ['BlockList', 'SocketAddress', 'connect']) {
  const d = Object.getOwnPropertyDescriptor(net, name);
  console.log(name, typeof d.get, typeof d.set, 'value' in d, d.enumerable, d.configurable);
}
const list = new net.BlockList();
list.addAddress('10.0.0.1');
console.log(list.check('10.0.0.1'), list.check('10.0.0.2'));
const address = new net.SocketAddress({ address: '127.0.0.1', port: 80 });
console.log(address.address, address.port, address.family);
console.log(net.BlockList === net.BlockList, typeof net.SocketAddress);
// A server on an IP literal listens on the next tick, with no DNS lookup to wait for.
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening', server.address().family);
  server.close();
});
process.nextTick(() => console.log('tick before listening'));
