function where(): string {
  const frame: string = new Error().stack!.split("\n")[1];
  const m = /([\w.-]+\.ts):(\d+):(\d+)\)?$/.exec(frame)!;
  return `${m[1]}:${m[2]}:${m[3]}`;
}
console.log(where());
type Pad = { a: number; b: string; c: boolean };
const withTypes = (p: Pad, q: Array<Map<string, number>>): string => new Error().stack!.split("\n")[1].replace(/^.*?([\w.-]+\.ts:\d+:\d+)\)?$/, "$1");
console.log(withTypes({ a: 1, b: "", c: true }, []));
