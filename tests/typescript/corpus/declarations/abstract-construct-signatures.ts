type Ctor<T> = abstract new (...args: any[]) => T;
interface HasCtor { new (): object; prototype: object }
function nameOf(c: Ctor<object>): string { return c.name; }
class Thing {}
console.log(nameOf(Thing), nameOf(Map));
