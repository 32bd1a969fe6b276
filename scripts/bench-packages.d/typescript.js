// typescript: ts.transpileModule on the generated 2,000-line TypeScript file (to ES2017 CommonJS,
// so async functions, classes with parameter properties, enums and namespaces are lowered).
require('./common.js').main({
  input: (dir, read) => read('module.ts'),
  load: (pkg) => pkg.require('typescript'),
  run: (ts, src) => ts.transpileModule(src, {
    fileName: 'module.ts',
    compilerOptions: { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.CommonJS },
  }).outputText,
  digest: (js) => js,
});
