interface Repo<T extends { id: K }, K extends string | number = number> {
  get(id: K): T | undefined;
  all<F extends keyof T>(field: F): T[F][];
}
class MemRepo implements Repo<{ id: number; name: string }> {
  private rows = [{ id: 1, name: "a" }, { id: 2, name: "b" }];
  get(id: number) { return this.rows.find((r) => r.id === id); }
  all<F extends "id" | "name">(field: F) { return this.rows.map((r) => r[field]); }
}
const repo = new MemRepo();
console.log(repo.get(2)?.name, repo.all("name"));
