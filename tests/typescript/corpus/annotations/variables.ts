let count: number = 3;
const label: string = "items";
var flag: boolean | undefined;
let list: Array<number> = [1, 2, 3];
let pair: [string, number] = ["a", 1];
console.log(count, label, flag, list.length, pair[0] + pair[1]);
