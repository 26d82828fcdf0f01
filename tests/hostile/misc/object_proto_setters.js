function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const log = [];
Object.defineProperty(Array.prototype, '0', { set(v) { log.push('proto setter ' + v); }, get() { return 'proto getter'; }, configurable: true });
t('push calls inherited setter', () => { const a = []; a.push('x'); return a.length + ' ' + Object.hasOwn(a, 0) + ' ' + log.join(); });
log.length = 0;
t('literal defines', () => { const a = ['lit']; return a[0] + ' ' + log.length; });
t('index assign', () => { const a = []; a[0] = 'assigned'; return Object.hasOwn(a, 0) + ' ' + log.join(); });
log.length = 0;
t('map uses define', () => { const r = [1].map(x => x); return r[0] + ' ' + log.length; });
t('Array.from uses define', () => Array.from(['f'])[0] + ' ' + log.length);
t('splice uses define', () => [1, 2].splice(0, 1)[0] + ' ' + log.length);
t('concat uses define', () => [].concat(['c'])[0]);
t('hole reads proto getter', () => [, 1][0]);
t('unshift sets', () => { const a = [1]; a.unshift('u'); return a[0] + ' ' + log.join(); });
delete Array.prototype[0];
Object.defineProperty(Object.prototype, 'hostile', { set(v) { throw new Error('should not be called by literals'); }, configurable: true });
t('object literal ignores proto setter', () => ({ hostile: 1 }).hostile);
t('JSON.parse ignores proto setter', () => JSON.parse('{"hostile": 2}').hostile);
t('spread ignores proto setter', () => ({ ...{ hostile: 3 } }).hostile);
t('assign triggers proto setter', () => { const o = {}; o.hostile = 4; });
t('Object.fromEntries', () => Object.fromEntries([['hostile', 5]]).hostile);
t('class field', () => { class C { hostile = 6; } return new C().hostile; });
delete Object.prototype.hostile;
Object.prototype[Symbol.toStringTag] = 'Tagged';
t('toStringTag on Object.prototype', () => String({}) + ' ' + Object.prototype.toString.call([]) + ' ' + Object.prototype.toString.call(null));
delete Object.prototype[Symbol.toStringTag];
// expect: push calls inherited setter threw RangeError
// expect: literal defines lit 0
// expect: index assign threw RangeError
// expect: map uses define 1 0
// expect: Array.from uses define f 0
// expect: splice uses define 1 0
// expect: concat uses define c
// expect: hole reads proto getter proto getter
// expect: unshift sets u 
// expect: object literal ignores proto setter 1
// expect: JSON.parse ignores proto setter 2
// expect: spread ignores proto setter 3
// expect: assign triggers proto setter threw Error
// expect: Object.fromEntries 5
// expect: class field 6
// expect: toStringTag on Object.prototype [object Tagged] [object Tagged] [object Null]
