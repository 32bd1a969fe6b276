// atob/btoa: round trips, whitespace, padding rules, invalid characters, argument coercion, errors.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code !== undefined ? e.message : '(engine message)', e instanceof DOMException);
  }
};
t('btoa', () => btoa('hello'));
t('btoa empty', () => btoa(''));
t('btoa latin1', () => btoa('\u00ff\u00fe\u0000'));
t('btoa wide', () => btoa('€'));
t('btoa number', () => btoa(123));
t('btoa null', () => btoa(null));
t('btoa undefined', () => btoa(undefined));
t('btoa object', () => btoa({ toString() { return 'obj'; } }));
t('btoa none', () => btoa());
t('btoa symbol', () => btoa(Symbol('s')));
t('atob', () => atob('aGVsbG8='));
t('atob no padding', () => atob('aGVsbG8'));
t('atob whitespace', () => atob(' aGVs\tbG8=\n\f\r'));
t('atob inner spaces', () => atob('a G V s b G 8 ='));
t('atob one char', () => atob('a'));
t('atob five chars', () => atob('aGVsb'));
t('atob bad padding', () => atob('aGVsbG8=='));
t('atob pad middle', () => atob('aG=VsbG8'));
t('atob === ', () => atob('a==='));
t('atob url chars', () => atob('_-_-'));
t('atob invalid char', () => atob('aGVs*G8='));
t('atob empty', () => atob(''));
t('atob only spaces', () => atob('   '));
t('atob null', () => atob(null));
t('atob undefined', () => atob(undefined));
t('atob number', () => atob(1234));
t('atob none', () => atob());
t('atob high bytes', () => [...atob('/+7dzA==')].map((c) => c.charCodeAt(0)));
t('atob "ab=="', () => atob('ab=='));
t('atob "abc="', () => atob('abc='));
t('atob "ab="', () => atob('ab='));
t('atob vertical tab', () => atob('aGVs\vbG8='));
t('atob nbsp', () => atob('aGVs\u00a0bG8='));
t('round trip', () => atob(btoa('\u0000\u0001\u00ff binary')));
console.log(atob.length, btoa.length, atob.name, btoa.name);
