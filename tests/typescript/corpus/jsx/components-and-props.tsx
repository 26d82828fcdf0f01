const React = {
  createElement(type: any, props: any, ...children: any[]) {
    return typeof type === "function" ? type({ ...props, children }) : `<${type}${props ? " " + JSON.stringify(props) : ""}>${children.join("")}</${type}>`;
  },
};
function Button(props: { label: string; count?: number; children?: any[] }) {
  return <button data-count={props.count ?? 0}>{props.label}{props.children}</button>;
}
const extra = { title: "t", disabled: true };
console.log(<Button label="Go" count={3} />);
console.log(<Button label="Spread" {...extra}>child</Button>);
console.log(<input disabled value={"v"} {...{ a: 1 }} b="2" />);
