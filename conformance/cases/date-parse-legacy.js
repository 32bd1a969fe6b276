// Date.parse of the strings V8 reads beyond the spec's format (space-separated ISO, month
// names, slashes, toString output, RFC 2822 offsets, zone names, AM/PM, fraction digits) and
// the ones it rejects.
{
const d = new Date(Date.UTC(2026, 11, 6, 19, 0, 0));
for (const s of [d.toUTCString(), d.toString(), d.toISOString(), 'Sun, 06 Dec 2026 19:00:00 GMT', 'Sunday, 06-Dec-26 19:00:00 GMT', 'Sun Dec  6 19:00:00 2026', '2020-01-01 10:20:30', 'Jan 1, 2020', '2020/01/02', '2020-1-1', 'Thu, 01 Jan 1970 00:00:00 +0200', '2020-01-01T10:20:30.123456Z', 'December 17, 1995 03:24:00', '1995-12-17T03:24:00', 'Tue Mar 05 2024', '12/25/2020', '2020-01-01T00:00', 'garbage', '', '2020', '2020-06', 'Mon, 01 Jan 2024 10:00:00 UTC', '01 Jan 2024 10:00 GMT+0100', 'Jan 2024', '1 January 2024 14:00:00 PST', '2024-01-01 00:00:00Z', '2024-01-01T00:00:00+0530']) {
  console.log(JSON.stringify(s), Date.parse(s));
}
}
{
const inputs = ['Jan 1', '12', 'Jan 2024', '2024 Jan 5', '5 Jan 24', '1/2/3', '99/1/1', '2020-13-01', '2020-02-30', '2020-02-30T00:00', 'Feb 30 2020', '24:00', 'Jan 1 2020 24:00', 'Jan 1 2020 24:01',
  'Jan 1 2020 12:00 AM', 'Jan 1 2020 12:00 PM', 'Jan 1 2020 13:00 PM', 'Jan 1 2020 1:2:3.4', 'Jan 1 2020 10:20:30.5678', 'Jan 1 2020 10:20 GMT-8', 'Jan 1 2020 10:20 GMT-08:00', 'Jan 1 2020 10:20 +01:30',
  'Jan 1 2020 10:20 UTC+1', 'Thursday, January 1, 2020', 'foo 2020', '2020 foo', 'Jan 1 2020 (comment) 10:00', '2020-01-01T10:00:00.000+01:00', '2020-01-01T10:00Z', '2020-01-01T10:00:00z', '+002020-01-01', '-000001-01-01T00:00:00Z',
  '2020-01', '2020-1', '2020-01-1', 'Jan-01-2020', '01-Jan-2020', '1.2.2020', '2020.01.02', 'Sat, 01-Jan-2000 08:00:00 GMT', 'Mon Jan 01 2024 00:00:00 GMT+0100 (CET)', '  Jan 1 2020  ', 'Jan 1 2020 10:20:30 EST', 'Jan 1 2020 10:20:30 PDT',
  '2020-01-01T25:00', '2020-01-01T10:60', 'T10:00', '10:00', 'Jan 1 2020 10:', 'Jan 1, 2020, 10:20:30 AM', '1 2 3 4', '2020-01-01 10:20:30.123+05:30', '20200101', 'Dec 25, 1995 13:30 +0430'];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
}
console.log(new Date('2020-01-01 10:20:30').getHours(), new Date(new Date(0).toString()).getTime());
// Only the letter Z may follow a time directly (V8); a zone name must be separated.
{ for (const s of ["Jan 1 2020 10:20:30Z", "Jan 1 2020 10:20:30 z", "2020-01-01T10:00:00GMT", "Jan 1 2020 10:20:30GMT", "z 2020"]) console.log(s, Date.parse(s)); }
