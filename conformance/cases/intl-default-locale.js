// The default locale (Intl, toLocaleString) under the C/POSIX locale and with none set is en-US.
const cp = require('child_process');
const code = "console.log(new Intl.NumberFormat().resolvedOptions().locale, new Intl.DateTimeFormat().resolvedOptions().locale, (1234567.5).toLocaleString(), Intl.Collator().resolvedOptions().locale)";
for (const env of [{ LANG: 'C.UTF-8' }, { LANG: 'C' }, { LC_ALL: 'POSIX' }, {}]) {
  const r = cp.spawnSync(process.execPath, ['-e', code], { env, encoding: 'utf8' });
  console.log(JSON.stringify(env), r.stdout.trim(), r.status);
}
