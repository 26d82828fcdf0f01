const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
const v = ({ a: 1 } as { a: number }).a;
const nn = [1]!.length;
const s = { k: 2 } satisfies { k: number };
const el = <b>{(v as number) + nn + s.k}</b>;
console.log(JSON.stringify(el));
