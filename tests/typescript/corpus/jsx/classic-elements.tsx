const React = {
  createElement(type: any, props: any, ...children: any[]) {
    return { type: typeof type === "string" ? type : type.name, props, children };
  },
};
const el = <div id="main" className="box">hello</div>;
const selfClosing = <br />;
console.log(JSON.stringify(el));
console.log(JSON.stringify(selfClosing));
