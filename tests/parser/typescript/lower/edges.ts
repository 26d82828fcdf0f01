// shadowing in namespaces, enums in namespaces, aliases, merged declarations
namespace Outer {
  export let shared = 'outer';
  export namespace Inner {
    export enum Flag { On = 1, Off = On - 1 }
    export const seen = shared + '/inner';
    export function shadow() { const shared = 'local'; return shared; }
    export function param({ shared }: { shared: string }) { return shared; }
    export function catcher() { try { throw 'thrown'; } catch (shared) { return shared; } }
    export class Reader { read() { return shared; } static { shared += '+static'; } }
  }
  export function swap() { [shared] = ['swapped']; ({ shared } = { shared: shared + '!' }); return shared; }
  export function later() { return typeof hoisted; }
  function hoisted() {}
  export const obj = { shared, nested: { shared } };
}
console.log(Outer.Inner.seen, Outer.Inner.shadow(), Outer.Inner.param({ shared: 'p' }), Outer.Inner.catcher());
console.log(Outer.Inner.Flag.On, Outer.Inner.Flag[0], new Outer.Inner.Reader().read(), Outer.shared);
console.log(Outer.swap(), Outer.shared, Outer.later(), JSON.stringify(Outer.obj));
import Flag = Outer.Inner.Flag;
export import Reader = Outer.Inner.Reader;
console.log(Flag.Off, new Reader().read());
enum Merged { A = 1 }
namespace Merged { export const extra = Merged.A + 1; }
enum Merged { B = 5 }
console.log(JSON.stringify(Merged));
export default class Service { constructor(private readonly name: string, public level = 1) {} describe() { return `${this.name}:${this.level}`; } }
console.log(new Service('svc').describe(), Object.keys(new Service('k', 2)).join());
const generic = <T,>(v: T) => [v] as const;
label: for (const v of generic(3)) { if (v) break label; }
console.log(generic<string>('g')[0], typeof Outer.Inner);
