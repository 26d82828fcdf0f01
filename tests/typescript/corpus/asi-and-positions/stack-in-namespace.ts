namespace Deep.Inner {
  export function where(): string {
    const s: string | undefined = new Error().stack;
    return s!.split("\n")[1].replace(/^.*?([\w.-]+\.ts:\d+:\d+)\)?$/, "$1");
  }
}
console.log(Deep.Inner.where());
const viaGeneric = <T extends string>(t: T) => Deep.Inner.where() + " " + t;
console.log(viaGeneric("ok"));
