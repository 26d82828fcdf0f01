function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('getTime on date-like', () => Date.prototype.getTime.call({ valueOf() { return 1; } }));
t('toISOString on prototype', () => Date.prototype.toISOString());
t('setTime coercion', () => { const d = new Date(0); return d.setTime('5') + ' ' + d.setTime() + ' ' + d.setTime({ valueOf() { return 9; } }); });
t('setMonth args coerced even if invalid', () => { let n = 0; const d = new Date(NaN); d.setUTCMonth({ valueOf() { n++; return 1; } }); return n; });
t('setUTCDate overflow', () => { const d = new Date(Date.UTC(2020, 0, 31)); d.setUTCMonth(1); return d.toISOString(); });
t('getUTCDay', () => new Date(Date.UTC(2024, 1, 29)).getUTCDay());
t('leap years', () => [1900, 2000, 2024, 2100].map(y => new Date(Date.UTC(y, 1, 29)).getUTCMonth()).join());
t('Date.UTC NaN', () => Date.UTC(NaN));
t('Date.UTC huge', () => Date.UTC(275760, 8, 13, 0, 0, 0, 1));
t('new Date(string object)', () => new Date(new String('2000-01-01T00:00:00Z')).getTime());
t('new Date(date) copies', () => { const a = new Date(5); const b = new Date(a); a.setTime(6); return b.getTime(); });
t('new Date(symbol)', () => new Date(Symbol()));
t('new Date(bigint)', () => new Date(1n));
t('Date.prototype[Symbol.toPrimitive] default', () => typeof new Date(0)[Symbol.toPrimitive]('default'));
t('toPrimitive on non-object', () => Date.prototype[Symbol.toPrimitive].call(1, 'number'));
t('Date.now type', () => typeof Date.now());
t('date sub', () => new Date(10) - new Date(3));
t('date compare', () => new Date(1) < new Date(2));
t('toUTCString negative year', () => new Date(Date.UTC(-100, 0, 1)).toUTCString());
t('toISOString year 10000', () => new Date(Date.UTC(10000, 0, 1)).toISOString());
t('parse toUTCString round trip', () => Date.parse(new Date(86400000).toUTCString()));
t('parse toISOString round trip', () => Date.parse(new Date(-1).toISOString()));
t('getYear', () => new Date(Date.UTC(2000, 5, 5)).getYear === undefined ? 'none' : typeof new Date(0).getYear());
t('setYear', () => { const d = new Date(Date.UTC(2000, 0, 1)); return typeof d.setYear; });
// expect: getTime on date-like threw TypeError
// expect: toISOString on prototype threw TypeError
// expect: setTime coercion 5 NaN 9
// expect: setMonth args coerced even if invalid 1
// expect: setUTCDate overflow 2020-03-02T00:00:00.000Z
// expect: getUTCDay 4
// expect: leap years 2,1,1,2
// expect: Date.UTC NaN NaN
// expect: Date.UTC huge NaN
// expect: new Date(string object) 946684800000
// expect: new Date(date) copies 5
// expect: new Date(symbol) threw TypeError
// expect: new Date(bigint) threw TypeError
// expect: Date.prototype[Symbol.toPrimitive] default string
// expect: toPrimitive on non-object threw TypeError
// expect: Date.now type number
// expect: date sub 7
// expect: date compare true
// expect: toUTCString negative year Mon, 01 Jan -0100 00:00:00 GMT
// expect: toISOString year 10000 +010000-01-01T00:00:00.000Z
// expect: parse toUTCString round trip 86400000
// expect: parse toISOString round trip -1
// expect: getYear number
// expect: setYear function
