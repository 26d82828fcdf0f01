// console.log honours Node's util.inspect.custom: Symbol.for('nodejs.util.inspect.custom')
const custom = Symbol.for('nodejs.util.inspect.custom');
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  [custom](depth, options, inspect) { return `Point<${this.x},${this.y}>`; }
}
// expect: Point<1,2>
console.log(new Point(1, 2));
// expect: [ Point<3,4> ] { p: Point<5,6> }
console.log([new Point(3, 4)], { p: new Point(5, 6) });
// a non-string result is itself shown
// expect: { shown: 'instead' }
console.log({ [custom]() { return { shown: 'instead' }; } });
// the method gets the depth left and an options object with stylize and depth
// expect: number 2 function true
console.log({ [custom](depth, options, inspect) {
  return [typeof depth, options.depth, typeof options.stylize, typeof inspect === 'function'].join(' ');
} });
// returning the object itself shows it as usual
const self = Object.defineProperty({ a: 1 }, custom, { value() { return this; } });
// expect: { a: 1 }
console.log(self);
// an exception from the method goes to the caller
// expect: caught boom
try { console.log({ [custom]() { throw new Error('boom'); } }); } catch (e) { console.log('caught', e.message); }
