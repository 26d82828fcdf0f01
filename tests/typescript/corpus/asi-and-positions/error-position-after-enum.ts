enum E {
  A = 1,
  B = A * 2,
}
namespace N {
  export const v: number = E.B;
}
interface Unused { x: number }
type Also = Unused | null;
try {
  null!.toString();
} catch (e) {
  console.log("caught", (e as Error).name);
}
const line = (new Error() as Error).stack!.split("\n")[1].replace(/^.*?([\w.-]+\.ts:\d+:\d+)\)?$/, "$1");
console.log(line, N.v);
