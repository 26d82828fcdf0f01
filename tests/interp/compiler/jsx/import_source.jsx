/** @jsxImportSource react */
// jsx: react
// The import source pragma makes a classic file use the automatic runtime (as tsc does in a
// module).
export {};
console.log(JSON.stringify(<a b="1">c</a>));
console.log(JSON.stringify(<>d</>));
// expect: {"fn":"jsx","type":"a","props":{"b":"1","children":"c"},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"d"},"n":2}
