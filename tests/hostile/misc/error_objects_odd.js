function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('toString odd', () => [Error.prototype.toString.call({ name: undefined, message: 'm' }), Error.prototype.toString.call({ name: '', message: 'm' }), Error.prototype.toString.call({ name: 'N', message: '' }), Error.prototype.toString.call({})].join('|'));
t('toString non-object', () => Error.prototype.toString.call(1));
t('message coercion', () => new Error({ toString() { return 'coerced'; } }).message);
t('message undefined not own', () => Object.hasOwn(new Error(undefined), 'message'));
t('cause', () => { const e = new Error('m', { cause: 0 }); return Object.hasOwn(e, 'cause') + ' ' + e.cause; });
t('cause absent', () => Object.hasOwn(new Error('m', {}), 'cause'));
t('cause getter', () => new Error('m', { get cause() { return 'got'; } }).cause);
t('options not object', () => Object.hasOwn(new Error('m', 'str'), 'cause'));
t('subclass name', () => { class MyErr extends Error {} const e = new MyErr('x'); return e.name + ' ' + (e instanceof Error) + ' ' + String(e); });
t('subclass with name', () => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } return String(new MyErr('hi')); });
t('Error() without new', () => Error('x') instanceof Error);
t('TypeError proto chain', () => Object.getPrototypeOf(TypeError) === Error && Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
t('AggregateError', () => { const e = new AggregateError(new Set([1, 2]), 'agg'); return e.errors.join() + ' ' + e.message + ' ' + Array.isArray(e.errors); });
t('AggregateError non-iterable', () => new AggregateError(5));
t('name prop descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(TypeError.prototype, 'name')));
t('stack is string', () => typeof new Error('s').stack);
t('throw primitive', () => { try { throw 42; } catch (e) { return typeof e; } });
t('throw undefined', () => { try { throw undefined; } catch (e) { return e === undefined; } });
t('catch without binding', () => { try { throw 1; } catch { return 'ok'; } });
t('catch destructuring', () => { try { throw { a: 1, b: [2] }; } catch ({ a, b: [c] }) { return a + c; } });
t('catch param shadow', () => { var e = 'outer'; try { throw 'inner'; } catch (e) { var e = 'assigned'; } return e; });
t('error in toString of thrown', () => { try { throw { toString() { throw new Error('nested'); } }; } catch (e) { return typeof e; } });
t('Error.prototype.message', () => JSON.stringify(Error.prototype.message) + ' ' + Error.prototype.name);
t('instanceof across ctor', () => new RangeError() instanceof TypeError);
t('error name setter', () => { const e = new TypeError('m'); e.name = 'Custom'; return String(e); });
t('stack own', () => Object.hasOwn(new Error('x'), 'stack'));
// expect: toString odd Error: m|m|N|Error
// expect: toString non-object threw TypeError
// expect: message coercion coerced
// expect: message undefined not own false
// expect: cause true 0
// expect: cause absent false
// expect: cause getter got
// expect: options not object false
// expect: subclass name Error true Error: x
// expect: subclass with name MyErr: hi
// expect: Error() without new true
// expect: TypeError proto chain true
// expect: AggregateError 1,2 agg true
// expect: AggregateError non-iterable threw TypeError
// expect: name prop descriptor {"value":"TypeError","writable":true,"enumerable":false,"configurable":true}
// expect: stack is string string
// expect: throw primitive number
// expect: throw undefined true
// expect: catch without binding ok
// expect: catch destructuring 3
// expect: catch param shadow outer
// expect: error in toString of thrown object
// expect: Error.prototype.message "" Error
// expect: instanceof across ctor false
// expect: error name setter Custom: m
// expect: stack own true
