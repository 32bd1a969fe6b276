// Intl.DateTimeFormat: the default time zone follows TZ (also when process.env.TZ changes),
// resolvedOptions() names zones as V8 does, numeric years print in full, 2-digit fields pad.
const d = new Date(Date.UTC(2020, 0, 15, 13, 5, 9));
const summer = new Date(Date.UTC(2021, 6, 4, 23, 30, 0));

function show(label, fn) {
  let out;
  try { out = JSON.stringify(fn()); } catch (e) { out = `${e.name}: ${e.message}`; }
  console.log(label.padEnd(28), out);
}

for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Australia/Sydney']) {
  process.env.TZ = tz;
  console.log(`-- TZ=${tz}`);
  show('resolved timeZone', () => Intl.DateTimeFormat().resolvedOptions().timeZone);
  show('toLocaleString', () => d.toLocaleString());
  show('toLocaleDateString', () => d.toLocaleDateString());
  show('toLocaleTimeString', () => d.toLocaleTimeString());
  show('summer', () => summer.toLocaleString('en-US'));
  show('getHours', () => d.getHours());
}
delete process.env.TZ;

process.env.TZ = 'UTC';
const options = [
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { month: '2-digit', day: '2-digit' },
  { hour: '2-digit', minute: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'short' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { dateStyle: 'medium', timeStyle: 'short' },
  { dateStyle: 'short' },
  { timeStyle: 'medium' },
  { hour: 'numeric', minute: '2-digit', hour12: false },
  { timeZone: 'Asia/Tokyo', hour: 'numeric', minute: 'numeric' },
  { timeZone: 'Asia/Kolkata', timeZoneName: 'short' },
  { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { hour12: true },
];
for (const locale of ['en-US', 'en-GB']) {
  for (const o of options) show(`${locale} ${Object.values(o).join('/')}`, () => d.toLocaleString(locale, o));
}

show('St_Johns offset name', () => d.toLocaleString('en-US', { timeZone: 'America/St_Johns', timeZoneName: 'short' }));

for (const tz of ['utc', 'Etc/GMT', 'GMT', 'europe/berlin', 'US/Eastern', 'EST5EDT', 'Asia/Kolkata',
  'Asia/Ho_Chi_Minh', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'America/Montreal',
  'Asia/Chongqing', 'Pacific/Honolulu']) {
  show(`timeZone ${tz}`, () => new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone);
}
show('timeZone Mars/Olympus', () => new Intl.DateTimeFormat('en-US', { timeZone: 'Mars/Olympus' }));
