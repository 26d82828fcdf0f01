// class construction, fields and super calls 10000 times
class A { x = 1; constructor(v) { this.v = v; } }
class B extends A { y = 2; constructor(v) { super(v); this.w = v * 2; } }
let s = 0;
for (let i = 0; i < 10000; i++) { const b = new B(i); s += b.x + b.y + b.v + b.w; }
console.log(s);

// expect: 150015000
