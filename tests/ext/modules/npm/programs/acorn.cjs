// acorn through require (the "require" condition of its exports: dist/acorn.js)
const acorn = require('acorn');
const walkSource = 'const add = (a, b) => a + b;\nexport default class Point { #x = 1; get x() { return this.#x; } }';
const ast = acorn.parse(walkSource, { ecmaVersion: 2022, sourceType: 'module', locations: true });
console.log(ast.type, ast.body.length, ast.sourceType);
console.log(ast.body.map((node) => node.type).join(' '));
const arrow = ast.body[0].declarations[0].init;
console.log(arrow.type, arrow.params.map((p) => p.name).join(','), arrow.body.operator);
console.log(JSON.stringify(ast.body[1].loc));
console.log(acorn.version);
const tokens = [...acorn.tokenizer('let x = 42 // c', { ecmaVersion: 2020 })];
console.log(tokens.map((t) => t.type.label + ':' + (t.value === undefined ? '' : t.value)).join(' '));
try {
  acorn.parse('let = ;', { ecmaVersion: 2020 });
} catch (e) {
  console.log(e.name, e.message, e.pos, JSON.stringify(e.loc));
}
const expr = acorn.parseExpressionAt('x = [1, ...y] ?? z', 0, { ecmaVersion: 2020 });
console.log(expr.type, expr.right.type, expr.right.operator, expr.end);
