function h(type: any, props: any, ...children: any[]) {
  return `${typeof type === "function" ? type.name : type}(${JSON.stringify(props)})[${children.join("|")}]`;
}
function Fragment() {}
function Comp(p: any) { return null; }
console.log(<div class="c">a{1}b</div>);
console.log(<>frag<Comp /></>);
