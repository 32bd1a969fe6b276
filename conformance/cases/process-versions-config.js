// process.versions names Node 20's components (Node's tests read `openssl` as "crypto is
// present"), process.config the build settings programs check.
const v = process.versions;
for (const key of ['node', 'v8', 'uv', 'zlib', 'openssl', 'modules', 'napi', 'llhttp', 'ares', 'icu', 'unicode']) {
  console.log(key, typeof v[key], /^\d+\.\d+|^\d+$/.test(v[key]));
}
console.log(v.node === process.version.slice(1), v.modules);
const vars = process.config.variables;
console.log(vars.v8_enable_i18n_support, vars.node_module_version, vars.host_arch === process.arch);
console.log(process.config.target_defaults.default_configuration);
console.log(typeof gc, 'gc' in globalThis);
console.log(Object.keys(globalThis).includes('gc'));
