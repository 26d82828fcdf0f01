type Num = number;
type Pair<T> = [T, T];
type Tree<T> = { value: T; children: Tree<T>[] };
type Fn = (...args: any[]) => void;
export type Exported = string;
const t: Tree<Num> = { value: 1, children: [{ value: 2, children: [] }] };
const p: Pair<string> = ["a", "b"];
console.log(t.children[0].value, p.join(""));
