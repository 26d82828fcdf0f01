const mod = await import("./_values.ts");
console.log(mod.answer, mod.double(5), typeof mod.default);
const types = await import("./_types.js");
console.log(Object.keys(types).sort());
