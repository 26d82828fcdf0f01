let n = 0;
class Counter {
  static next() { return ++n; }
}
export = Counter;
