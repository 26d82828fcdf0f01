const u: unknown = [1, 2, 3];
const len = (<number[]>u).length;
const s = <string>(<unknown>"cast");
const deep = <any>{ a: 1 };
console.log(len, s, deep.a);
