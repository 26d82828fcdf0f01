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
// Error.captureStackTrace (V8's, which npm packages call from their error classes)
const target = {name: 'Foo', message: 'bar'};
Error.captureStackTrace(target);
const stackDesc = Object.getOwnPropertyDescriptor(target, 'stack');
console.log(target.stack.split('\n')[0], stackDesc.writable, stackDesc.enumerable, stackDesc.configurable, Error.captureStackTrace.length);
// expect: Foo: bar true false true 2
function captureInner() { const o = {}; Error.captureStackTrace(o, captureInner); return o.stack; }
function captureOuter() { return captureInner(); }
console.log(captureOuter().split('\n')[1].trim().split(' ')[1]);
// expect: captureOuter
const notRunning = {};
Error.captureStackTrace(notRunning, function notOnTheStack() {});
console.log(JSON.stringify(notRunning.stack));
// expect: "Error"
class CodedError extends Error {
  constructor(message) { super(message); this.name = 'CodedError'; Error.captureStackTrace(this, CodedError); }
}
console.log(new CodedError('boom').stack.split('\n')[0]);
// expect: CodedError: boom
for (const bad of [1, new Proxy({}, {}), Object.freeze({})]) {
  try { Error.captureStackTrace(bad); } catch (e) { console.log(e.name, e.message); }
}
// expect: TypeError invalid_argument
// expect: TypeError invalid_argument
// expect: TypeError Cannot define property stack, object is not extensible
const fixedStack = Object.defineProperty({}, 'stack', {value: 1});
Error.captureStackTrace(fixedStack);
console.log(fixedStack.stack);
// expect: 1
