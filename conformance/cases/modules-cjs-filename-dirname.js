const root = __dirname.slice(0, __dirname.lastIndexOf('/cases'));
console.log(__filename.replace(root, '<root>'));
console.log(__dirname.replace(root, '<root>'));
console.log(require('../fixtures/cjs/filename.js'));
console.log(module.id, module.filename === __filename, module.loaded, typeof module.paths, Array.isArray(module.paths));
console.log(module.paths[0].replace(root, '<root>'));
setImmediate(() => console.log('loaded after main ran:', module.loaded));
