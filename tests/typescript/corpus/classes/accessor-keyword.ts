class Store {
  accessor count = 1;
  static accessor shared: string = "s";
  private accessor hidden = 3;
  reveal() { return this.hidden; }
}
const s = new Store();
s.count++;
console.log(s.count, Store.shared, s.reveal(), Object.keys(s));
const d = Object.getOwnPropertyDescriptor(Store.prototype, "count")!;
console.log(typeof d.get, typeof d.set);
