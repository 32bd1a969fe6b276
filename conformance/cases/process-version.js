console.log(/^v\d+\.\d+\.\d+$/.test(process.version));
console.log(typeof process.versions, typeof process.versions.node, /^\d+\.\d+\.\d+$/.test(process.versions.node));
console.log('v' + process.versions.node === process.version);
console.log(process.release.name);
