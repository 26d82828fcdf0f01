function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('delete push', () => { delete Array.prototype.push; return typeof [].push; });
t('call deleted push', () => [].push(1));
t('spread after delete push', () => [...[1, 2]].length);
t('delete Symbol.iterator', () => { const it = Array.prototype[Symbol.iterator]; delete Array.prototype[Symbol.iterator]; try { const [a] = [1]; return a; } finally { Array.prototype[Symbol.iterator] = it; } });
t('for-of without iterator', () => { const s = String.prototype[Symbol.iterator]; delete String.prototype[Symbol.iterator]; try { for (const c of 'ab'); return 'ok'; } finally { String.prototype[Symbol.iterator] = s; } });
t('delete toString', () => { const ts = Object.prototype.toString; delete Object.prototype.toString; try { return String({}); } finally { Object.prototype.toString = ts; } });
t('delete toString and valueOf', () => { const ts = Object.prototype.toString, vo = Object.prototype.valueOf; delete Object.prototype.toString; delete Object.prototype.valueOf; try { return `${{}}`; } finally { Object.prototype.toString = ts; Object.prototype.valueOf = vo; } });
t('delete Array global', () => { const A = Array; delete globalThis.Array; try { return [1, 2].constructor === A && typeof Array; } finally { globalThis.Array = A; } });
t('delete Promise global', () => { const P = Promise; delete globalThis.Promise; try { return (async () => 1)() instanceof P; } finally { globalThis.Promise = P; } });
t('delete JSON', () => { const J = JSON; delete globalThis.JSON; try { return typeof JSON; } finally { globalThis.JSON = J; } });
t('delete Function.prototype.call', () => { const c = Function.prototype.call; delete Function.prototype.call; try { return [3, 1, 2].sort((a, b) => a - b).join(); } finally { Function.prototype.call = c; } });
t('delete Error.prototype.toString', () => { const s = Error.prototype.toString; delete Error.prototype.toString; try { return String(new Error('m')); } finally { Error.prototype.toString = s; } });
t('delete undefined', () => delete globalThis.undefined);
t('delete NaN strict', () => Function('"use strict"; delete globalThis.NaN; return 1')());
t('delete Math.max then call', () => { const m = Math.max; delete Math.max; try { return Math.max(1, 2); } finally { Math.max = m; } });
t('delete length of function', () => { function f(a, b) {} delete f.length; return f.length; });
t('delete name of class', () => { class A {} delete A.name; return JSON.stringify(A.name); });
t('delete RegExp exec', () => { const e = RegExp.prototype.exec; delete RegExp.prototype.exec; try { return /a/.test('a'); } finally { RegExp.prototype.exec = e; } });
// expect: delete push undefined
// expect: call deleted push threw TypeError
// expect: spread after delete push 2
// expect: delete Symbol.iterator threw TypeError
// expect: for-of without iterator threw TypeError
// expect: delete toString threw TypeError
// expect: delete toString and valueOf threw TypeError
// expect: delete Array global undefined
// expect: delete Promise global true
// expect: delete JSON undefined
// expect: delete Function.prototype.call 1,2,3
// expect: delete Error.prototype.toString [object Error]
// expect: delete undefined false
// expect: delete NaN strict threw TypeError
// expect: delete Math.max then call threw TypeError
// expect: delete length of function 0
// expect: delete name of class ""
// expect: delete RegExp exec true
