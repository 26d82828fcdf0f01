// luxon from ESM, in fixed zones (the test runs with TZ=UTC)
import { DateTime, Duration, Interval, Info, Settings } from 'luxon';
Settings.defaultZone = 'utc';
const dt = DateTime.fromISO('2024-02-27T13:45:10.123Z');
console.log(dt.toISO(), dt.year, dt.month, dt.day, dt.weekday, dt.ordinal, dt.isInLeapYear);
console.log(dt.plus({ days: 3, hours: 12 }).toISO(), dt.minus({ months: 1 }).toISODate(), dt.startOf('week').toISO());
console.log(dt.toFormat('yyyy-LL-dd HH:mm:ss.SSS'), dt.toFormat('EEEE d MMMM yyyy'), dt.setZone('UTC+5').toISO());
console.log(DateTime.fromFormat('27/02/2024 10:11', 'dd/MM/yyyy HH:mm').toISO(), DateTime.fromISO('nope').isValid, DateTime.fromISO('nope').invalidReason);
const dur = Duration.fromObject({ hours: 2, minutes: 90 });
console.log(dur.toISO(), dur.shiftTo('hours').hours, dur.as('minutes'), Duration.fromISO('P1Y2M3DT4H').toObject().months);
const iv = Interval.fromDateTimes(DateTime.fromISO('2024-01-01'), DateTime.fromISO('2024-03-01'));
console.log(iv.length('days'), iv.contains(dt), iv.toISO(), iv.splitBy({ months: 1 }).length);
console.log(dt.diff(DateTime.fromISO('2024-01-01'), ['months', 'days']).toObject().days, DateTime.fromMillis(0).toISO(), dt.toMillis());
console.log(Info.months('short').join(','), dt.toLocaleString(DateTime.DATE_FULL));
