function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('toFixed on string', () => Number.prototype.toFixed.call('1'));
t('toString on Number object', () => Number.prototype.toString.call(new Number(5), 2));
t('valueOf on bigint', () => Number.prototype.valueOf.call(1n));
t('toPrecision on object', () => Number.prototype.toPrecision.call({}));
t('Number.isInteger', () => [Number.isInteger(5.0), Number.isInteger('5'), Number.isInteger(2 ** 53), Number.isInteger(-0), Number.isInteger(Infinity)].join());
t('Number.isSafeInteger', () => [Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53 - 1))].join());
t('Number.parseFloat identity', () => Number.parseFloat === parseFloat && Number.parseInt === parseInt);
t('isNaN coercion', () => [isNaN('x'), Number.isNaN('x'), isNaN(undefined), isNaN(null), isFinite('1'), Number.isFinite('1')].join());
t('isNaN symbol', () => isNaN(Symbol()));
t('Number constants', () => [Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE].join());
t('Number(new Date)', () => Number(new Date(7)));
t('new Number(bigint)', () => new Number(5n).valueOf());
t('Number with toPrimitive', () => Number({ [Symbol.toPrimitive](h) { return h === 'number' ? 42 : 0; } }));
t('Boolean methods', () => [Boolean.prototype.toString.call(false), Boolean.prototype.valueOf.call(new Boolean(true))].join());
t('Boolean method on non-boolean', () => Boolean.prototype.toString.call('true'));
t('Boolean of odd', () => [Boolean(''), Boolean('0'), Boolean(-0), Boolean(NaN), Boolean(0n), Boolean({}), Boolean(Symbol()), Boolean([])].join());
t('new Boolean(false) truthy', () => (new Boolean(false) ? 'truthy' : 'falsy'));
t('BigInt.prototype.toString on number', () => BigInt.prototype.toString.call(1));
t('BigInt.prototype.valueOf on Object(bigint)', () => String(BigInt.prototype.valueOf.call(Object(3n))));
t('Symbol.prototype.toString on string', () => Symbol.prototype.toString.call('s'));
t('Symbol.prototype.description on non-symbol', () => Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call({}));
t('Symbol.prototype[@@toPrimitive]', () => Symbol.prototype[Symbol.toPrimitive].call(Symbol.iterator) === Symbol.iterator);
// expect: toFixed on string threw TypeError
// expect: toString on Number object 101
// expect: valueOf on bigint threw TypeError
// expect: toPrecision on object threw TypeError
// expect: Number.isInteger true,false,true,true,false
// expect: Number.isSafeInteger true,false,true
// expect: Number.parseFloat identity true
// expect: isNaN coercion true,false,true,false,true,false
// expect: isNaN symbol threw TypeError
// expect: Number constants true,9007199254740991,5e-324,1.7976931348623157e+308
// expect: Number(new Date) 7
// expect: new Number(bigint) 5
// expect: Number with toPrimitive 42
// expect: Boolean methods false,true
// expect: Boolean method on non-boolean threw TypeError
// expect: Boolean of odd false,true,false,false,false,true,true,true
// expect: new Boolean(false) truthy truthy
// expect: BigInt.prototype.toString on number threw TypeError
// expect: BigInt.prototype.valueOf on Object(bigint) 3
// expect: Symbol.prototype.toString on string threw TypeError
// expect: Symbol.prototype.description on non-symbol threw TypeError
// expect: Symbol.prototype[@@toPrimitive] true
