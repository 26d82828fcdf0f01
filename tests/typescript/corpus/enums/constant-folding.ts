enum Flags {
  None = 0,
  A = 1 << 0,
  B = 1 << 1,
  AB = A | B,
  C = ~A,
  D = (B * 3 + 1) % 4,
  E = 2 ** 3,
  F = -(-5),
  G = "pre" + "fix",
  H = `t${"pl"}`,
}
console.log(Flags.AB, Flags.C, Flags.D, Flags.E, Flags.F, Flags.G, Flags.H, Flags[3]);
