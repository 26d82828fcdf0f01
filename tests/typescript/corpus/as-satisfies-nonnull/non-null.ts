const m = new Map<string, { n: number }>([["a", { n: 1 }]]);
console.log(m.get("a")!.n);
const arr: (number | undefined)[] = [5];
console.log(arr[0]! + 1);
let s: string | undefined = "abc";
console.log(s!.length, s!!.charAt(1));
function f(o?: { g(): number }) { return o!.g(); }
console.log(f({ g: () => 9 }));
