const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
const first = <T,>(xs: T[]): T => xs[0];
const second = <T extends unknown>(xs: T[]): T => xs[1];
const el = <b>{first(["x", "y"])}</b>;
console.log(first([3, 4]), second([3, 4]), el.t, el.c[0]);
