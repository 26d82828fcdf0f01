// A stack trace goes on through calls that re-enter the VM (a spread call, apply,
// Reflect.apply, a built-in calling back): the callers below them are kept (as V8's)
// the names of the two innermost callers of b
function names(stack) {
  return stack.split('\n').slice(2).filter((l) => l.includes('(')).slice(0, 2)
    .map((l) => l.trim().split(' ')[1]).join(' ');
}
function b() { return new Error().stack; }
function spread(x) { return b(...[x]); }
function applied(x) { return b.apply(null, [x]); }
function reflected(x) { return Reflect.apply(b, null, [x]); }
function outer() { return [spread(1), applied(1), reflected(1)].map(names); }
for (const line of outer()) console.log(line);
// expect: spread outer
// expect: applied outer
// expect: reflected outer
