const log: string[] = [];
function d(label: string) {
  log.push("eval " + label);
  return (..._: any[]) => { log.push("call " + label); };
}
@d("class")
class O {
  @d("prop") p = 1;
  @d("method") m(@d("param") x: number) {}
  @d("static") static s() {}
}
console.log(log.join("\n"));
