const items = [{ id: 1 }, { id: 2 }] as Array<{ id: number }>;
const ids = items.map((i) => i.id as number).filter((n) => (n as number) > 1);
const tpl = `${1 as number}-${"a" as string}`;
const obj = { ...({ a: 1 } as object) };
console.log(ids, tpl, obj);
for (const k of Object.keys(obj) as string[]) console.log(k);
