/** @jsx h */
/** @jsxFrag Frag */
function h(type: any, props: any, ...children: any[]) {
  return { tag: typeof type === "string" ? type : "frag", props, children };
}
const Frag = "F";
console.log(JSON.stringify(<div a="1">text</div>));
console.log(JSON.stringify(<><i /></>));
