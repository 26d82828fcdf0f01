type Node = { next?: Node; v: number };
const list: Node = { v: 1, next: { v: 2, next: { v: 3 } } };
console.log(list.next!.next!.v);
console.log(list.next?.next!.v);
const fn: (() => number) | undefined = () => 5;
console.log(fn!(), fn?.());
