// 21.4 Date: time arithmetic, parsing and formatting (in UTC: the test sets no TZ rules)
const d = new Date(Date.UTC(2024, 0, 31, 13, 5, 9, 7));
console.log(d.toISOString(), d.getUTCDay(), d.getTime(), d.toUTCString());
// expect: 2024-01-31T13:05:09.007Z 3 1706706309007 Wed, 31 Jan 2024 13:05:09 GMT
d.setUTCMonth(1);
console.log(d.toISOString());
// expect: 2024-03-02T13:05:09.007Z
d.setUTCHours(25, 0);
console.log(d.toISOString());
// expect: 2024-03-03T01:00:09.007Z
console.log(Date.parse('2000-02-29'), Date.parse('2000-02-29T10:00:00.5Z'), Date.parse('2000-02-30'));
// expect: 951782400000 951818400500 NaN
console.log(Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('+275760-09-13T00:00:00.001Z'), Date.parse('-000000-01-01T00:00:00Z'));
// expect: 8640000000000000 NaN NaN
console.log(Date.parse(d.toUTCString()) === d.getTime() - 7, Date.parse('Tue, 01 Mar 2022 10:00:00 GMT+0100'));
// expect: true 1646125200000
console.log(new Date(8.64e15 + 1).getTime(), String(new Date(NaN)), new Date(0).toJSON(), new Date(NaN).toJSON());
// expect: NaN Invalid Date 1970-01-01T00:00:00.000Z null
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name); }
// expect: RangeError
console.log(Date.UTC(99), Date.UTC(2020, 12), Date.UTC(), new Date(-1).getUTCFullYear(), new Date(-62198755200000).toISOString());
// expect: 915148800000 1609459200000 NaN 1969 -000001-01-01T00:00:00.000Z
console.log(typeof Date(), typeof Date.now(), new Date(2020, 0) instanceof Date, Object.prototype.toString.call(new Date()));
// expect: string number true [object Date]
const prim = new Date(0);
console.log(prim[Symbol.toPrimitive]('number'), typeof (prim + 1), prim - 1);
// expect: 0 string -1
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name); }
// expect: TypeError
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(0).getYear());
// expect: true 70
const old = new Date(-62198755200000);
console.log(Date.parse(old.toString()) === old.getTime(), Date.parse(old.toUTCString()) === old.getTime(), Date.parse('1-Jan-2022'), Date.parse('Mar 1, 99'));
// expect: true true 1640995200000 920246400000
