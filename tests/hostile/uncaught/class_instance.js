// Node names an object by its constructor and its Symbol.toStringTag.
class Point { constructor() { this.x = 1; } }
class List extends Array {}
console.log(new Point(), List.from([1, 2]));
console.log({ __proto__: { [Symbol.toStringTag]: 'Tagged' } }, (function* () {})());
throw new Point();
// expect: Point { x: 1 } List(2) [ 1, 2 ]
// expect: Object [Tagged] {} Object [Generator] {}
// expect uncaught: Point { x: 1 }
