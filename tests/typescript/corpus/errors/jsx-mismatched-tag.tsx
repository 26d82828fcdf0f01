const React = { createElement: () => null };
console.log("never printed");
const el = <div>text</span>;
