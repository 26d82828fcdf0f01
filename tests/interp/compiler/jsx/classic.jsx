// jsx: react
// Classic runtime: React.createElement(type, props | null, ...children).
const React = {
  createElement(type, props, ...children) {
    const name = typeof type === 'string' ? type : (type && type.name) || String(type);
    return {type: name, props, children};
  },
  Fragment: function Fragment() {},
};
function Foo() {}
const ns = {Bar: function Bar() {}, deep: {Baz: function Baz() {}}};
const p = {q: 1, r: 2}, x = 'X', ys = [1, 2];
const show = (v) => console.log(JSON.stringify(v));

// names: intrinsic (lower case, dashed), components, members, namespaced
show(<div/>);
show(<my-element/>);
show(<Foo/>);
show(<ns.Bar/>);
show(<ns.deep.Baz/>);
show(<svg:rect/>);
// attributes: strings (entities decoded), booleans, expressions, spreads, dashes, namespaces
show(<div className="x &amp; y" data-a='1' b {...p} c={x} xlink:href="h" />);
show(<a title="&#65;&#x42;&lt;&bogus;&amp" multi="line
  two"/>);
show(<a {...p}/>);
show(<a {...p} {...{s: 3}} q={9}/>);
// key stays a prop
show(<a key="k" {...p}>t</a>);
// attribute values that are elements
show(<a icon=<Foo/> frag=<>f</> />);
// children: text, expressions, elements, spread children, comments dropped
show(<Foo>hello {x} world</Foo>);
show(<a>{/* comment */}</a>);
show(<a>{}</a>);
show(<a>{...ys}</a>);
show(<a>{x}{x}</a>);
show(<a>{[1, 2].map((i) => <b key={i}>{i}</b>)}</a>);
show(<a>{x ? <b/> : <c/>}</a>);
// fragments
show(<></>);
show(<>a<b/></>);
// `this`
class C {
  constructor() { this.Tag = function Tag() {}; }
  render() { return <this.Tag v={1}/>; }
}
show(new C().render());
// the props object is a fresh ordinary object each time
const make = () => <a b="1"/>;
console.log(make().props !== make().props, Object.getPrototypeOf(make().props) === Object.prototype);
// evaluation order: type, then the attributes in order, then the children
const log = [];
const t = (s, v) => (log.push(s), v);
<a x={t('x', 1)} {...t('spread', {})} y={t('y', 2)}>{t('child1', 1)}{t('child2', 2)}</a>;
console.log(log.join(','));
// expect: {"type":"div","props":null,"children":[]}
// expect: {"type":"my-element","props":null,"children":[]}
// expect: {"type":"Foo","props":null,"children":[]}
// expect: {"type":"Bar","props":null,"children":[]}
// expect: {"type":"Baz","props":null,"children":[]}
// expect: {"type":"svg:rect","props":null,"children":[]}
// expect: {"type":"div","props":{"className":"x & y","data-a":"1","b":true,"q":1,"r":2,"c":"X","xlink:href":"h"},"children":[]}
// expect: {"type":"a","props":{"title":"AB<&bogus;&amp","multi":"line\n  two"},"children":[]}
// expect: {"type":"a","props":{"q":1,"r":2},"children":[]}
// expect: {"type":"a","props":{"q":9,"r":2,"s":3},"children":[]}
// expect: {"type":"a","props":{"key":"k","q":1,"r":2},"children":["t"]}
// expect: {"type":"a","props":{"icon":{"type":"Foo","props":null,"children":[]},"frag":{"type":"Fragment","props":null,"children":["f"]}},"children":[]}
// expect: {"type":"Foo","props":null,"children":["hello ","X"," world"]}
// expect: {"type":"a","props":null,"children":[]}
// expect: {"type":"a","props":null,"children":[]}
// expect: {"type":"a","props":null,"children":[1,2]}
// expect: {"type":"a","props":null,"children":["X","X"]}
// expect: {"type":"a","props":null,"children":[[{"type":"b","props":{"key":1},"children":[1]},{"type":"b","props":{"key":2},"children":[2]}]]}
// expect: {"type":"a","props":null,"children":[{"type":"b","props":null,"children":[]}]}
// expect: {"type":"Fragment","props":null,"children":[]}
// expect: {"type":"Fragment","props":null,"children":["a",{"type":"b","props":null,"children":[]}]}
// expect: {"type":"Tag","props":{"v":1},"children":[]}
// expect: true true
// expect: x,spread,y,child1,child2
