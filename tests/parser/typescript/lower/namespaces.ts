namespace App {
  export const version = '1.0';
  export let counter = 0;
  export function bump() { counter++; return counter; }
  export class Widget { name() { return 'widget ' + version; } }
  export enum Kind { A, B }
  export namespace Inner { export const deep = version + '!'; export function get() { return deep; } }
  const hidden = 42;
  export const { left, right: [r0] } = { left: 'L', right: ['R0'] };
  export function reveal() { return hidden; }
  export import Alias = Inner.deep;
  function shadow(counter: number) { return counter; }
  export function short() { return { counter, version }; }
  export type T = number;
  export interface I {}
  export declare const amb: number;
}
namespace App { export function again() { return counter + bump(); } }
console.log(App.version, App.bump(), App.bump(), App.counter, new App.Widget().name());
console.log(App.Kind.B, App.Inner.deep, App.Inner.get(), App.left, App.r0, App.reveal(), App.Alias);
console.log(App.again(), JSON.stringify(App.short()), 'hidden' in App, 'T' in App);
namespace A.B.C { export const q = 'abc'; }
namespace A.B { export const p = C.q + '?'; }
console.log(A.B.C.q, A.B.p);
function tool() { return 'tool'; }
namespace tool { export const extra = 1; }
class Box { static make() { return new Box(); } }
namespace Box { export const size = 3; }
enum Level { Low }
namespace Level { export function parse(s: string) { return s === 'low' ? Level.Low : -1; } }
console.log(tool(), tool.extra, Box.size, Box.make() instanceof Box, Level.parse('low'), Level.parse('x'));
namespace TypesOnly { export interface X {} export type Y = string; }
namespace Empty {}
console.log(typeof TypesOnly, typeof Empty);
export namespace Exported { export const e = 'e'; }
console.log(Exported.e);
namespace Loops { export let total = 0; for (let i = 0; i < 3; i++) { total += i; } export const list = [1, 2].map(total => total * 2); }
console.log(Loops.total, Loops.list.join());
