// jsx: react-jsx
// Automatic runtime: jsx / jsxs / Fragment from react/jsx-runtime, createElement from
// react when a key follows a spread.
function Foo() {}
const p = {q: 1}, x = 'X', ys = [1, 2];
const show = (v) => console.log(JSON.stringify(v));
show(<div/>);
show(<div className="c" b {...p} c={x}/>);
show(<Foo>one</Foo>);
show(<Foo>one{x}</Foo>);
show(<a>{x}</a>);
show(<a>{...ys}</a>);
show(<a>{/* nothing */}</a>);
show(<a>
</a>);
show(<a key="k"/>);
show(<a key={x} b="1">t</a>);
show(<a key="k" {...p}>t</a>);
show(<a {...p} key="k">t</a>);
show(<a {...p} key="k"/>);
show(<a k={<b key="1">i</b>}/>);
show(<></>);
show(<>one</>);
show(<>one<b/></>);
show(<a>{[1, 2].map((i) => <b key={i}>{i}</b>)}</a>);
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"className":"c","b":true,"q":1,"c":"X"},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"children":"one"},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"children":["one","X"]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"children":"X"},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":[1,2]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"key":"k","n":3}
// expect: {"fn":"jsx","type":"a","props":{"b":"1","children":"t"},"key":"X","n":3}
// expect: {"fn":"jsx","type":"a","props":{"q":1,"children":"t"},"key":"k","n":3}
// expect: {"fn":"createElement","type":"a","props":{"q":1,"key":"k"},"children":["t"]}
// expect: {"fn":"createElement","type":"a","props":{"q":1,"key":"k"},"children":[]}
// expect: {"fn":"jsx","type":"a","props":{"k":{"fn":"jsx","type":"b","props":{"children":"i"},"key":"1","n":3}},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"one"},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["one",{"fn":"jsx","type":"b","props":{},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"children":[{"fn":"jsx","type":"b","props":{"children":1},"key":1,"n":3},{"fn":"jsx","type":"b","props":{"children":2},"key":2,"n":3}]},"n":2}
