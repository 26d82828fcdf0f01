// Primitives thrown: the value as console.log shows it.
try { throw Symbol('s'); } catch (e) { console.log(String(e)); }
throw 12n;
// expect: Symbol(s)
// expect uncaught: 12n
