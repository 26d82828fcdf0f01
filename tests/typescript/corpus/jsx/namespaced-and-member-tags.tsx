const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t: typeof t === "string" ? t : "fn:" + t.name, p, c }) };
const UI = { Panel: function Panel() {}, Nested: { Deep: function Deep() {} } };
console.log(JSON.stringify(<UI.Panel />));
console.log(JSON.stringify(<UI.Nested.Deep x="1" />));
console.log(JSON.stringify(<svg:rect xlink:href="#a" />));
console.log(JSON.stringify(<my-element data-x="1" aria-label="l" />));
