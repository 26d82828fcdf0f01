const React = { createElement: (t: any, p: any, ...c: any[]) => (typeof t === "function" ? t(p) : t) };
function List<T>(props: { items: T[]; render: (t: T) => string }) {
  return props.items.map(props.render).join(",");
}
console.log(<List<number> items={[1, 2]} render={(n) => "#" + n} />);
const g = <T,>(x: T) => x;
console.log(g(<List items={["a"]} render={(s: string) => s + s} />));
