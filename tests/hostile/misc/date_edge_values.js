function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('max', () => new Date(8.64e15).toISOString());
t('max+1', () => new Date(8.64e15 + 1).getTime());
t('min', () => new Date(-8.64e15).toISOString());
t('invalid iso', () => new Date(NaN).toISOString());
t('invalid string', () => String(new Date(NaN)));
t('invalid toJSON', () => JSON.stringify({ d: new Date(NaN) }));
t('neg zero', () => Object.is(new Date(-0).getTime(), 0));
t('fraction', () => new Date(1.9).getTime());
t('neg fraction', () => new Date(-1.9).getTime());
t('year 0', () => new Date(Date.UTC(0, 0, 1)).toISOString());
t('year -1', () => new Date(Date.UTC(-1, 0, 1)).toISOString());
t('year 275760', () => new Date(Date.UTC(275760, 8, 13)).toISOString());
t('utc two-digit', () => Date.UTC(99, 0));
t('utc one arg', () => Date.UTC(2000));
t('utc no args', () => Date.UTC());
t('month overflow', () => new Date(Date.UTC(2020, 13, 1)).toISOString());
t('day zero', () => new Date(Date.UTC(2020, 2, 0)).getUTCDate());
t('setUTCHours NaN', () => new Date(0).setUTCHours(NaN));
t('setters on invalid', () => new Date(NaN).setUTCFullYear(2000));
t('valueOf hint', () => new Date(0) + 0 === new Date(0).toString() + '0');
t('toPrimitive number', () => new Date(5)[Symbol.toPrimitive]('number'));
t('toPrimitive bad hint', () => new Date(5)[Symbol.toPrimitive]('bogus'));
t('getTime on non-date', () => Date.prototype.getTime.call({}));
t('parse iso ms', () => Date.parse('2000-01-01T00:00:00.123Z'));
t('parse extended year', () => Date.parse('+002000-01-01T00:00:00Z'));
t('parse -000000', () => Date.parse('-000000-01-01T00:00:00Z'));
t('parse garbage', () => Date.parse('not a date'));
t('parse 24:00', () => Date.parse('2000-01-01T24:00:00Z'));
t('parse 24:00:01', () => Date.parse('2000-01-01T24:00:01Z'));
t('time clip valueOf', () => new Date({ valueOf() { return 8.64e15 + 0.5; } }).getTime());
t('date from date', () => new Date(new Date(42)).getTime());
t('Date() string', () => typeof Date(0));
t('toUTCString', () => new Date(0).toUTCString());
t('toISOString negative year', () => new Date(-62198755200000).toISOString());
// expect: max +275760-09-13T00:00:00.000Z
// expect: max+1 NaN
// expect: min -271821-04-20T00:00:00.000Z
// expect: invalid iso threw RangeError
// expect: invalid string Invalid Date
// expect: invalid toJSON {"d":null}
// expect: neg zero true
// expect: fraction 1
// expect: neg fraction -1
// expect: year 0 1900-01-01T00:00:00.000Z
// expect: year -1 -000001-01-01T00:00:00.000Z
// expect: year 275760 +275760-09-13T00:00:00.000Z
// expect: utc two-digit 915148800000
// expect: utc one arg 946684800000
// expect: utc no args NaN
// expect: month overflow 2021-02-01T00:00:00.000Z
// expect: day zero 29
// expect: setUTCHours NaN NaN
// expect: setters on invalid 946684800000
// expect: valueOf hint true
// expect: toPrimitive number 5
// expect: toPrimitive bad hint threw TypeError
// expect: getTime on non-date threw TypeError
// expect: parse iso ms 946684800123
// expect: parse extended year 946684800000
// expect: parse -000000 NaN
// expect: parse garbage NaN
// expect: parse 24:00 946771200000
// expect: parse 24:00:01 NaN
// expect: time clip valueOf 8640000000000000
// expect: date from date 42
// expect: Date() string string
// expect: toUTCString Thu, 01 Jan 1970 00:00:00 GMT
// expect: toISOString negative year -000001-01-01T00:00:00.000Z
