function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('add mix', () => 1n + 1);
t('compare mix', () => [1n < 2, 2n > 1.5, 1n == 1, 1n === 1, 1n == '1', 2n > '1', 1n < NaN, 10n > Infinity].join());
t('string concat', () => 1n + '' + 2n);
t('unary plus', () => +1n);
t('unary minus', () => String(-1n) + ' ' + String(-0n) + ' ' + Object.is(-0n, 0n));
t('division truncates', () => String(-7n / 2n) + ' ' + String(-7n % 2n));
t('div by zero', () => 1n / 0n);
t('mod by zero', () => 1n % 0n);
t('negative exponent', () => 2n ** -1n);
t('>>> ', () => 1n >>> 0n);
t('shift', () => String(1n << 70n) + ' ' + String(-5n >> 1n));
t('BigInt(1.5)', () => BigInt(1.5));
t('BigInt(NaN)', () => BigInt(NaN));
t('BigInt strings', () => [BigInt('0x1f'), BigInt(' 12 '), BigInt(''), BigInt('0b101'), BigInt('-0')].map(String).join());
t('BigInt bad string', () => BigInt('1.5'));
t('BigInt symbol', () => BigInt(Symbol()));
t('new BigInt', () => new BigInt(1));
t('asIntN', () => [BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(0, 5n), BigInt.asUintN(64, -1n)].map(String).join());
t('asIntN negative bits', () => BigInt.asIntN(-1, 1n));
t('toString radix', () => (255n).toString(16) + ' ' + (-255n).toString(2));
t('toString radix bad', () => (1n).toString(1));
t('parseInt of bigint', () => parseInt(10n));
t('JSON', () => JSON.stringify([1n]));
t('bitwise', () => String(5n & 3n) + String(5n | 3n) + String(5n ^ 3n) + String(~5n));
t('increment', () => { let b = 1n; b++; ++b; return String(b); });
t('typeof Object(1n)', () => typeof Object(1n) + ' ' + (Object(1n) == 1n));
t('Math with bigint', () => Math.max(1n));
t('bigint key', () => { const o = { [1n]: 'bk' }; return o[1]; });
t('sort bigints', () => [3n, 1n, 10n].sort().join() + ' ' + [3n, 1n, 10n].sort((a, b) => (a < b ? -1 : 1)).join());
// expect: add mix threw TypeError
// expect: compare mix true,true,true,false,true,true,false,false
// expect: string concat 12
// expect: unary plus threw TypeError
// expect: unary minus -1 0 true
// expect: division truncates -3 -1
// expect: div by zero threw RangeError
// expect: mod by zero threw RangeError
// expect: negative exponent threw RangeError
// expect: >>>  threw TypeError
// expect: shift 1180591620717411303424 -3
// expect: BigInt(1.5) threw RangeError
// expect: BigInt(NaN) threw RangeError
// expect: BigInt strings 31,12,0,5,0
// expect: BigInt bad string threw SyntaxError
// expect: BigInt symbol threw TypeError
// expect: new BigInt threw TypeError
// expect: asIntN -1,255,0,18446744073709551615
// expect: asIntN negative bits threw RangeError
// expect: toString radix ff -11111111
// expect: toString radix bad threw RangeError
// expect: parseInt of bigint 10
// expect: JSON threw TypeError
// expect: bitwise 176-6
// expect: increment 3
// expect: typeof Object(1n) object true
// expect: Math with bigint threw TypeError
// expect: bigint key bk
// expect: sort bigints 1,10,3 1,3,10
