const log: string[] = [];
namespace First {
  log.push("first runs");
  export const value = 1;
}
log.push("between");
namespace Second {
  log.push("second sees " + First.value);
}
console.log(log.join(", "));
