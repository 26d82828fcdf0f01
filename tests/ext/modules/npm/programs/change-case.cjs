// change-case 5 is ESM only, required from CommonJS (require of an ES module, as Node 22 and 20.19+ do)
const { camelCase, capitalCase, constantCase, dotCase, kebabCase, noCase, pascalCase, pascalSnakeCase, pathCase, sentenceCase, snakeCase, trainCase, split } = require('change-case');
const inputs = ['hello world', 'XMLHttpRequest', 'version 1.2.10', 'foo_bar-baz qux', 'iPhone15Pro'];
for (const input of inputs) {
  console.log([camelCase, capitalCase, constantCase, dotCase, kebabCase, noCase, pascalCase, pascalSnakeCase, pathCase, sentenceCase, snakeCase, trainCase]
    .map((f) => f(input)).join(' | '));
}
console.log(JSON.stringify(split('fooBar2Baz')));
console.log(camelCase('version 1.2.10', { mergeAmbiguousCharacters: true }), kebabCase('__private_thing__', { prefixCharacters: '_' }));
