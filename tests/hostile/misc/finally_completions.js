function f1() { try { return 'try'; } finally { return 'finally'; } }
function f2() { try { throw new Error('x'); } finally { return 'finally swallows'; } }
function f3() { for (let i = 0; i < 3; i++) { try { return 'try ' + i; } finally { if (i < 2) continue; } } return 'loop end'; }
function f4() { let r = []; for (const x of [1, 2, 3]) { try { if (x === 2) break; r.push(x); } finally { r.push('f' + x); } } return r.join(); }
function f5() { let i = 0; try { return i; } finally { i = 10; } }
function f6() { const o = { v: 1 }; try { return o; } finally { o.v = 2; } }
function f7() { try { try { throw 1; } finally { console.log('inner finally'); } } catch (e) { return 'outer catch ' + e; } }
function f8() { L: try { return 'ret'; } finally { break L; } return 'after label'; }
function f9() { try { return (() => { throw new TypeError('t'); })(); } catch ({ name }) { return name; } finally { console.log('f9 finally'); } }
function f10() { let log = []; function* g() { try { yield 1; yield 2; } finally { log.push('gen finally'); } } for (const v of g()) { log.push(v); break; } return log.join(); }
function f11() { try { } finally { try { throw 'in finally'; } catch (e) { return e; } } }
function f12() { while (true) { try { break; } finally { console.log('f12 finally'); } } return 'broke out'; }
function f13() { try { return 'a'; } finally { try { return 'b'; } finally { } } }
function f14() { let n = 0; do { try { continue; } finally { n++; } } while (n < 3); return n; }
for (const f of [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14]) {
  const r = f();
  console.log(f.name, typeof r === 'object' ? JSON.stringify(r) : String(r));
}
console.log(eval('L: try { 1 } finally { 2; break L; }'));
console.log(eval('do { try { 3 } finally { 4 } } while (false)'));
console.log(eval('try { 5; throw 0 } catch (e) { } finally { }'));
console.log(eval('switch (1) { case 1: try { 6 } finally { 7 } }'));
// expect: f1 finally
// expect: f2 finally swallows
// expect: f3 try 2
// expect: f4 1,f1,f2
// expect: f5 0
// expect: f6 {"v":2}
// expect: inner finally
// expect: f7 outer catch 1
// expect: f8 after label
// expect: f9 finally
// expect: f9 TypeError
// expect: f10 1,gen finally
// expect: f11 in finally
// expect: f12 finally
// expect: f12 broke out
// expect: f13 b
// expect: f14 3
// expect: 2
// expect: 3
// expect: undefined
// expect: 6
