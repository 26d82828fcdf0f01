function box<T>(value: T) { return { value }; }
const boxNumber = box<number>;
const boxString = box<string>;
console.log(boxNumber(1).value, boxString("s").value, boxNumber === box);
const ErrorMap = Map<string, Error>;
const m = new ErrorMap();
m.set("e", new Error("x"));
console.log(m.size, ErrorMap === Map);
