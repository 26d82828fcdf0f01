enum Weekday { Mon = 1, Tue, Wed }
const names = Object.keys(Weekday).filter((k) => isNaN(Number(k)));
const values = Object.values(Weekday).filter((v) => typeof v === "number");
console.log(names, values);
for (const k in Weekday) console.log(k, Weekday[k as keyof typeof Weekday]);
