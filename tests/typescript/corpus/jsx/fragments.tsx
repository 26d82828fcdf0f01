const React = {
  Fragment: "FRAG",
  createElement(type: any, props: any, ...children: any[]) {
    return [type, props, children];
  },
};
const f = <>
  <a />
  <b>x</b>
</>;
console.log(JSON.stringify(f));
console.log(JSON.stringify(<></>));
