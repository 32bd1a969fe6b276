// tty.WriteStream's color rules (getColorDepth / hasColors) for environments given explicitly,
// and the classes' shapes; the runner's stdout is a pipe, so no real terminal is involved.
const tty = require('tty');
const { WriteStream, ReadStream } = tty;
const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen' },
  { TERM: 'linux' }, { TERM: 'vt100' }, { TERM: 'rxvt-unicode-24bit' }, { TERM: 'xterm-kitty' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' }, { TMUX: '1' },
  { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' },
  { FORCE_COLOR: '', TERM: 'dumb' },
];
for (const env of envs) {
  const depth = WriteStream.prototype.getColorDepth(env);
  const has = [2, 16, 256, 2 ** 24].map((n) => WriteStream.prototype.hasColors(n, env));
  console.log(JSON.stringify(env), depth, has.join(','), WriteStream.prototype.hasColors(env));
}
for (const bad of [1, 1.5, '16']) {
  try {
    WriteStream.prototype.hasColors(bad, {});
  } catch (e) {
    console.log(String(bad), e.name, e.code, e.message);
  }
}
console.log(typeof WriteStream, typeof ReadStream, tty.isatty(1), tty.isatty(-1), tty.isatty(1.5));
try {
  new WriteStream(-1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
