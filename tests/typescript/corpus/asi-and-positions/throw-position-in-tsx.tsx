const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
function Component(props: { label: string }): any {
  const at = new Error().stack!.split("\n")[1].replace(/^.*?([\w.-]+\.tsx:\d+:\d+)\)?$/, "$1");
  return <span title={props.label}>{at}</span>;
}
const el = <Component label="x" />;
console.log(el.t === Component, el.t(el.p).c[0]);
