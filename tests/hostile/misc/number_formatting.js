function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('toString radix 3', () => (0.1).toString(3).slice(0, 12));
t('neg zero', () => (-0).toString() + ' ' + String(-0) + ' ' + `${-0}` + ' ' + JSON.stringify(-0) + ' ' + [-0].join());
t('radix 36', () => (255).toString(36) + ' ' + (-255.5).toString(16));
t('radix 1', () => (1).toString(1));
t('radix 37', () => (1).toString(37));
t('radix undefined', () => (10).toString(undefined));
t('toFixed big', () => (1e21).toFixed(2));
t('toFixed 100', () => (1.5).toFixed(100).length);
t('toFixed 101', () => (1).toFixed(101));
t('toFixed rounding', () => [(1.005).toFixed(2), (1.45).toFixed(1), (0.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0)].join());
t('toPrecision', () => [(123.456).toPrecision(4), (0.000123).toPrecision(2), (1e21).toPrecision(3), (123456).toPrecision(2)].join());
t('toPrecision 0', () => (1).toPrecision(0));
t('toPrecision undefined', () => (1.25).toPrecision(undefined));
t('toExponential', () => [(123).toExponential(), (0).toExponential(2), (1.5e-7).toExponential(1), (-1e21).toExponential()].join());
t('toExponential NaN digits', () => (123.456).toExponential(NaN));
t('toExponential on Infinity', () => Infinity.toExponential(1000));
t('shortest round trip', () => [0.1 + 0.2, 1 / 3, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 1e21, 1e-7, 123e-20].join());
t('integer strings', () => [1e20, 12345678901234567890, -1e-6, 0.000001].join());
t('Number.prototype.toString this', () => Number.prototype.toString.call('1'));
t('parseInt', () => [parseInt('0x1F'), parseInt('  12abc'), parseInt('1e3'), parseInt(1e21), parseInt(0.0000005), parseInt('-0'), parseInt(''), parseInt('z', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0)].join());
t('parseFloat', () => [parseFloat('1e1000'), parseFloat('.5.5'), parseFloat('-.e1'), parseFloat('Infinityx'), parseFloat('0x10'), parseFloat('1_0')].join());
t('Number()', () => [Number('0b101'), Number('0o17'), Number('0x'), Number(''), Number(' \n\t'), Number('1_000'), Number('-0x10'), Number('+Infinity'), Number('1e'), Number('.'), Number('5.')].join());
t('separators', () => [1_000, 0x1_0, 1_0.0_1, 1e1_0].join());
t('bad separator', () => eval('0x_1'));
// expect: toString radix 3 0.0022002200
// expect: neg zero 0 0 0 0 0
// expect: radix 36 73 -ff.8
// expect: radix 1 threw RangeError
// expect: radix 37 threw RangeError
// expect: radix undefined 10
// expect: toFixed big 1e+21
// expect: toFixed 100 102
// expect: toFixed 101 threw RangeError
// expect: toFixed rounding 1.00,1.4,1,3,-2
// expect: toPrecision 123.5,0.00012,1.00e+21,1.2e+5
// expect: toPrecision 0 threw RangeError
// expect: toPrecision undefined 1.25
// expect: toExponential 1.23e+2,0.00e+0,1.5e-7,-1e+21
// expect: toExponential NaN digits 1e+2
// expect: toExponential on Infinity Infinity
// expect: shortest round trip 0.30000000000000004,0.3333333333333333,5e-324,1.7976931348623157e+308,9007199254740992,9007199254740992,1e+21,1e-7,1.23e-18
// expect: integer strings 100000000000000000000,12345678901234567000,-0.000001,0.000001
// expect: Number.prototype.toString this threw TypeError
// expect: parseInt 31,12,1,1,5,0,NaN,35,NaN,NaN,10
// expect: parseFloat Infinity,0.5,NaN,Infinity,0,1
// expect: Number() 5,15,NaN,0,0,NaN,NaN,Infinity,NaN,NaN,5
// expect: separators 1000,16,10.01,10000000000
// expect: bad separator threw SyntaxError
