// 20.5 Error, NativeErrors, AggregateError
const e = new AggregateError(new Set([1, 2]), 'many', {cause: 'c'});
console.log(e.errors, e.message, e.cause, e instanceof Error, String(e), Object.keys(e));
// expect: [ 1, 2 ] many c true AggregateError: many []
console.log(Object.getPrototypeOf(AggregateError) === Error, AggregateError.length, AggregateError.prototype.name);
// expect: true 2 AggregateError
console.log(new TypeError('t', {}).hasOwnProperty('cause'), new TypeError('t', {cause: undefined}).hasOwnProperty('cause'));
// expect: false true
console.log(RangeError('r') instanceof RangeError, Error.prototype.toString.call({name: 'N', message: ''}));
// expect: true N
