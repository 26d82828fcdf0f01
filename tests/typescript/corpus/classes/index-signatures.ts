class Bag {
  [key: string]: unknown;
  static [k: string]: number | (() => void);
  size = 1;
}
const b = new Bag();
b["extra"] = 2;
console.log(Object.keys(b), b.extra);
