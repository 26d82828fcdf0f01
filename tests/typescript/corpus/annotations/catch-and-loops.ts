try {
  throw new Error("boom");
} catch (e: unknown) {
  console.log((e as Error).message);
}
try { JSON.parse("{"); } catch (err: any) { console.log(err.name); }
for (let i: number = 0; i < 2; i++) console.log("i", i);
for (const k of ["a", "b"] as string[]) console.log("k", k);
