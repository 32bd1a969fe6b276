'use strict';
// The zone name V8 appends to Date.prototype.toString() \u2014 `(Central European Summer Time)` \u2014
// which Boa 0.22 omits. Names are CLDR's long English names (what Node prints with its bundled
// ICU) for common IANA zones: [standard name, daylight-saving name]. Other zones get V8's fallback
// form, `GMT+hh:mm`.

const ZONE_NAMES = {
  'UTC': ['Coordinated Universal Time'],
  'Etc/UTC': ['Coordinated Universal Time'],
  'GMT': ['Coordinated Universal Time'],
  'Europe/London': ['Greenwich Mean Time', 'British Summer Time'],
  'Europe/Dublin': ['Greenwich Mean Time', 'Irish Standard Time'],
  'Europe/Lisbon': ['Western European Standard Time', 'Western European Summer Time'],
  'Europe/Paris': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Berlin': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Madrid': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Rome': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Amsterdam': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Brussels': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Vienna': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Zurich': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Stockholm': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Oslo': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Copenhagen': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Warsaw': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Prague': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Budapest': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Athens': ['Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Helsinki': ['Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Kiev': ['Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Kyiv': ['Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Bucharest': ['Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Istanbul': ['T\u00fcrkiye Standard Time'],
  'Europe/Moscow': ['Moscow Standard Time'],
  'America/New_York': ['Eastern Standard Time', 'Eastern Daylight Time'],
  'America/Detroit': ['Eastern Standard Time', 'Eastern Daylight Time'],
  'America/Toronto': ['Eastern Standard Time', 'Eastern Daylight Time'],
  'America/Chicago': ['Central Standard Time', 'Central Daylight Time'],
  'America/Denver': ['Mountain Standard Time', 'Mountain Daylight Time'],
  'America/Phoenix': ['Mountain Standard Time'],
  'America/Los_Angeles': ['Pacific Standard Time', 'Pacific Daylight Time'],
  'America/Vancouver': ['Pacific Standard Time', 'Pacific Daylight Time'],
  'America/Anchorage': ['Alaska Standard Time', 'Alaska Daylight Time'],
  'Pacific/Honolulu': ['Hawaii-Aleutian Standard Time'],
  'America/Halifax': ['Atlantic Standard Time', 'Atlantic Daylight Time'],
  'America/St_Johns': ['Newfoundland Standard Time', 'Newfoundland Daylight Time'],
  'America/Mexico_City': ['Central Standard Time', 'Central Daylight Time'],
  'America/Bogota': ['Colombia Standard Time'],
  'America/Lima': ['Peru Standard Time'],
  'America/Caracas': ['Venezuela Time'],
  'America/Santiago': ['Chile Standard Time', 'Chile Summer Time'],
  'America/Sao_Paulo': ['Brasilia Standard Time'],
  'America/Argentina/Buenos_Aires': ['Argentina Standard Time'],
  'America/Buenos_Aires': ['Argentina Standard Time'],
  'Africa/Cairo': ['Eastern European Standard Time'],
  'Africa/Johannesburg': ['South Africa Standard Time'],
  'Africa/Lagos': ['West Africa Time'],
  'Africa/Nairobi': ['East Africa Time'],
  'Africa/Casablanca': ['GMT+01:00'],
  'Asia/Dubai': ['Gulf Standard Time'],
  'Asia/Karachi': ['Pakistan Standard Time'],
  'Asia/Kolkata': ['India Standard Time'],
  'Asia/Calcutta': ['India Standard Time'],
  'Asia/Dhaka': ['Bangladesh Standard Time'],
  'Asia/Bangkok': ['Indochina Time'],
  'Asia/Jakarta': ['Western Indonesia Time'],
  'Asia/Ho_Chi_Minh': ['Indochina Time'],
  'Asia/Shanghai': ['China Standard Time'],
  'Asia/Hong_Kong': ['Hong Kong Standard Time'],
  'Asia/Taipei': ['Taiwan Standard Time'],
  'Asia/Singapore': ['Singapore Standard Time'],
  'Asia/Kuala_Lumpur': ['Malaysia Time'],
  'Asia/Manila': ['Philippine Standard Time'],
  'Asia/Seoul': ['Korean Standard Time'],
  'Asia/Tokyo': ['Japan Standard Time'],
  'Asia/Jerusalem': ['Israel Standard Time', 'Israel Daylight Time'],
  'Asia/Tehran': ['Iran Standard Time', 'Iran Daylight Time'],
  'Asia/Kathmandu': ['Nepal Time'],
  'Asia/Yangon': ['Myanmar Time'],
  'Australia/Perth': ['Australian Western Standard Time'],
  'Australia/Adelaide': ['Australian Central Standard Time', 'Australian Central Daylight Time'],
  'Australia/Darwin': ['Australian Central Standard Time'],
  'Australia/Brisbane': ['Australian Eastern Standard Time'],
  'Australia/Sydney': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time'],
  'Australia/Melbourne': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time'],
  'Australia/Hobart': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time'],
  'Pacific/Auckland': ['New Zealand Standard Time', 'New Zealand Daylight Time'],
  'Pacific/Fiji': ['Fiji Standard Time', 'Fiji Summer Time'],
  'Atlantic/Reykjavik': ['Greenwich Mean Time'],
  'Atlantic/Azores': ['Azores Standard Time', 'Azores Summer Time'],
};

let zone;
let zoneForTZ;
function localZone() {
  const binding = internalBinding('process_methods');
  // process.env.TZ can change the zone (binding.env is process.env's backing object).
  if (zone === undefined || binding.env.TZ !== zoneForTZ) {
    zone = binding.systemTimeZone();
    zoneForTZ = binding.env.TZ;
  }
  return zone;
}

function offsetName(minutesWest) {
  const east = -minutesWest;
  const sign = east < 0 ? '-' : '+';
  const abs = Math.abs(east);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `GMT${sign}${hh}:${mm}`;
}

// The long name of the local zone at `date` (a valid Date).
function zoneName(date) {
  const names = ZONE_NAMES[localZone()];
  const offset = date.getTimezoneOffset();
  if (names === undefined) return offsetName(offset);
  if (names.length === 1) return names[0];
  // Daylight saving: the date is further east than the year's standard (westernmost) offset.
  const year = date.getFullYear();
  const standard = Math.max(new Date(year, 0, 15).getTimezoneOffset(),
    new Date(year, 6, 15).getTimezoneOffset());
  return offset < standard ? names[1] : names[0];
}

module.exports = { zoneName };
