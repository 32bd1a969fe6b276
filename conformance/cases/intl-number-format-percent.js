// Intl.NumberFormat style 'percent': the value times 100 with each locale's percent pattern
// (sign placement, no-break spaces, bidi marks), through format() and toLocaleString().
const show = (f) => { let r; try { r = JSON.stringify(f()); } catch (e) { r = `${e.name}: ${e.message}`; } console.log(r); };
for (const l of ['en-US', 'de-DE', 'de-CH', 'fr', 'tr', 'eu', 'sv', 'ar', 'he', 'ja', 'es']) {
  show(() => [0.256, -0.5, 1, 12.3456, 0].map((v) => new Intl.NumberFormat(l, { style: 'percent' }).format(v)).join(' | '));
}
show(() => (0.5).toLocaleString('en-US', { style: 'percent' }));
show(() => (0.12345).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1 }));
show(() => (0.12345).toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 2 }));
show(() => (1234.5).toLocaleString('en-US', { style: 'percent' }));
show(() => new Intl.NumberFormat('en', { style: 'percent', signDisplay: 'always' }).format(0.1));
show(() => 10n.toLocaleString('en', { style: 'percent' }));
show(() => new Intl.NumberFormat('en', { style: 'percent' }).resolvedOptions().style);
