// dayjs with plugins through require (dayjs/plugin/utc, relativeTime, customParseFormat)
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const relativeTime = require('dayjs/plugin/relativeTime');
const customParseFormat = require('dayjs/plugin/customParseFormat');
dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.extend(customParseFormat);
const d = dayjs.utc('2024-02-27T13:45:10Z');
console.log(d.format(), d.format('YYYY-MM-DD HH:mm:ss dddd MMMM'), d.isUTC());
console.log(d.add(1, 'month').format('YYYY-MM-DD'), d.subtract(30, 'day').format('YYYY-MM-DD'), d.startOf('year').toISOString());
console.log(d.diff(dayjs.utc('2024-01-01'), 'day'), d.day(), d.daysInMonth(), d.isBefore('2025-01-01'));
console.log(d.from(dayjs.utc('2024-03-27T13:45:10Z')), d.to(dayjs.utc('2023-02-27')), dayjs.utc('2024-01-01').from(dayjs.utc('2024-01-01T00:00:30Z'), true));
console.log(dayjs.utc('27/02/2024 10:11', 'DD/MM/YYYY HH:mm').format('YYYY-MM-DDTHH:mm'), dayjs('2024-02-30', 'YYYY-MM-DD', true).isValid());
console.log(d.utcOffset(120).format('HH:mm Z'), d.valueOf(), d.unix());
