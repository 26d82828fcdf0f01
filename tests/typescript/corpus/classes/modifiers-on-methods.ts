class M {
  public static async load(): Promise<string> { return "loaded"; }
  protected *gen(): Generator<number> { yield 1; }
  private static readonly LIMIT: number = 3;
  public get limit(): number { return M.LIMIT; }
  run() { return [...this.gen()]; }
}
M.load().then((v) => console.log(v, new M().limit, new M().run()));
