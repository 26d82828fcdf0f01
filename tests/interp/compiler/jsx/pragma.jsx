/** @jsx h */
/** @jsxFrag Frag */
// jsx: react
// The file's pragmas name the classic factories.
function h(type, props, ...children) {
  return {h: typeof type === 'string' ? type : type.name, props, children};
}
function Frag() {}
console.log(JSON.stringify(<div id="a">x<span/></div>));
console.log(JSON.stringify(<>y</>));
// expect: {"h":"div","props":{"id":"a"},"children":["x",{"h":"span","props":null,"children":[]}]}
// expect: {"h":"Frag","props":null,"children":["y"]}
