// mitt from ESM (its "import" condition)
import mitt from 'mitt';
const emitter = mitt();
const log = [];
const onFoo = (e) => log.push('foo:' + JSON.stringify(e));
emitter.on('foo', onFoo);
emitter.on('*', (type, e) => log.push('any:' + type + ':' + JSON.stringify(e)));
emitter.emit('foo', { a: 'b' });
emitter.emit('bar', 42);
emitter.off('foo', onFoo);
emitter.emit('foo', 'after off');
console.log(log.join('\n'));
console.log(emitter.all.size, [...emitter.all.keys()].join(','), emitter.all.get('foo').length);
emitter.all.clear();
console.log(emitter.all.size, typeof mitt);
