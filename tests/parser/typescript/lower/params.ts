// parameter properties and field order, useDefineForClassFields (ES2022's default)
class Point {
  sum = this.x + this.y;
  constructor(public x: number, protected readonly y: number = 2, private z?: number) {
    console.log('ctor', this.x, this.y, this.z, this.sum);
  }
}
console.log(JSON.stringify(new Point(1)), Object.keys(new Point(1, 3)).join());
class Derived extends Point {
  late = 'late';
  constructor(public extra: string) {
    console.log('before super');
    super(10, 20);
    console.log('after super', this.extra, this.late);
  }
}
console.log(Object.keys(new Derived('e')).join());
class Uninit { a?: number; b!: string; c: number | undefined; static s: number; }
console.log(JSON.stringify(Object.getOwnPropertyNames(new Uninit())), Object.hasOwn(Uninit, 's'));
class Base { constructor() { console.log('base sees', Object.keys(this).join()); } }
class Child extends Base { field = 1; constructor(public p: number) { super(); } }
new Child(1);
class Accessors { accessor count = 1; static accessor shared = 'one'; accessor #secret = 's'; reveal() { return this.#secret; } }
const acc = new Accessors(); acc.count += 1;
console.log(acc.count, Accessors.shared, acc.reveal(), Object.keys(acc).length);
