function tag<T>(strings: TemplateStringsArray, ...vals: T[]) {
  return strings.raw.join("|") + ":" + vals.join(",");
}
console.log(tag<number>`a${1}b${2}c`);
console.log(tag`plain${"x"}`);
