// numeric and string operators, conversions, comparison, equality (13.6-13.11)
console.log(1 + 2, 7 - 10, 6 * 7, 1 / 0, -1 / 0, 7 % 3, -7 % 3, 2 ** 10);
// expect: 3 -3 42 Infinity -Infinity 1 -1 1024
console.log('a' + 1, 1 + '2', '3' * '4', '10' / 4, true + 1, null + 1, undefined + 1);
// expect: a1 12 12 2.5 2 1 NaN
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -16 >> 2, -16 >>> 28);
// expect: 1 7 6 -6 -2147483648 -4 15
console.log(1 < 2, 'a' < 'b', '10' < '9', 10 < 9, null >= 0, undefined < 1);
// expect: true true true false true false
console.log(0 == '', null == undefined, null == 0, NaN == NaN, '1' === 1, -0 === 0);
// expect: true true false false false true
console.log(typeof 1, typeof 'x', typeof undefined, typeof null, typeof {}, typeof function () {});
// expect: number string undefined object object function
console.log(0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, -0);
// expect: 0.30000000000000004 1e+21 1e-7 123456789012345680000 -0
var x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x **= 2; console.log(x);
// expect: 16
var i = 0; console.log(i++, i, ++i, i--, --i);
// expect: 0 1 2 2 0
console.log(10n * 3n, 7n / 2n, -7n % 3n, 2n ** 64n, typeof 1n, 1n == 1, 2n > 1);
// expect: 30n 3n -1n 18446744073709551616n bigint true true
console.log(!0, !!'x', void 0, (1, 2));
// expect: true true undefined 2
