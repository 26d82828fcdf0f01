// BigInt to Number past the largest double: Infinity (rounding), never an overflow.
function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }
t('Number(2n ** 1024n)', () => Number(2n ** 1024n));
t('Number(-(2n ** 2000n))', () => Number(-(2n ** 2000n)));
t('just below the limit', () => Number(2n ** 1024n - 2n ** 970n) === Number.MAX_VALUE);
t('rounds up to Infinity', () => Number(2n ** 1024n - 2n ** 970n + 1n));
t('in Math', () => Math.max(Number(2n ** 5000n), 1));
t('typed array set', () => { const f = new Float64Array(1); f[0] = Number(10n ** 400n); return f[0]; });
t('BigInt to string still fine', () => String(2n ** 1024n).length);
// expect: Number(2n ** 1024n) Infinity
// expect: Number(-(2n ** 2000n)) -Infinity
// expect: just below the limit false
// expect: rounds up to Infinity Infinity
// expect: in Math Infinity
// expect: typed array set Infinity
// expect: BigInt to string still fine 309
