class Account {
  public owner: string;
  private balance: number = 0;
  protected kind = "basic";
  constructor(owner: string) { this.owner = owner; }
  public deposit(n: number): void { this.balance += n; }
  private secret() { return "s"; }
  protected describe() { return this.kind + ":" + this.balance; }
  show() { return this.describe() + this.secret(); }
}
const a = new Account("ann");
a.deposit(5);
console.log(a.show(), Object.keys(a));
