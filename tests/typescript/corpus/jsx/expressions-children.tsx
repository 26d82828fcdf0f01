const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
const items = ["x", "y"];
const list = <ul>{items.map((i) => <li key={i}>{i}</li>)}{/* comment */}{}</ul>;
console.log(JSON.stringify(list));
const cond = <p>{items.length > 1 ? "many" : "one"}{null}{false}{0}</p>;
console.log(JSON.stringify(cond));
