// jsx: react-jsxdev
// module only
// The development runtime: jsxDEV(type, props, key, isStaticChildren, source, this);
// the source position is where the element starts (Babel's; tsc counts from the end
// of the token before it).
const show = (v) => console.log(JSON.stringify(v));
show(<div/>);
show(<a key="k">x{1}</a>);
show(<>
    <b/>
  </>);
// expect: {"fn":"jsxDEV","type":"div","props":{},"key":"undefined","isStatic":false,"at":[7,6],"self":"undefined"}
// expect: {"fn":"jsxDEV","type":"a","props":{"children":["x",1]},"key":"k","isStatic":true,"at":[8,6],"self":"undefined"}
// expect: {"fn":"jsxDEV","type":"Fragment","props":{"children":{"fn":"jsxDEV","type":"b","props":{},"key":"undefined","isStatic":false,"at":[10,5],"self":"undefined"}},"key":"undefined","isStatic":false,"at":[9,6],"self":"undefined"}
