// handlebars through require
const Handlebars = require('handlebars');
Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('plural', (n, word) => n + ' ' + word + (n === 1 ? '' : 's'));
Handlebars.registerPartial('item', '<li>{{name}}{{#if done}} (done){{/if}}</li>');
const template = Handlebars.compile(
  '<h1>{{upper title}}</h1>\n{{#if items.length}}<ul>\n{{#each items}}  {{> item}}\n{{/each}}</ul>{{else}}empty{{/if}}\n' +
  '{{plural items.length "item"}} by {{author.first}} {{author.last}}; {{{raw}}} vs {{raw}}\n{{#with author}}{{@root.title}}/{{last}}{{/with}} {{#each tags}}{{@index}}={{this}}{{#unless @last}},{{/unless}}{{/each}}');
console.log(template({
  title: 'todo', raw: '<b>&</b>', author: { first: 'Ada', last: 'Lovelace' }, tags: ['a', 'b', 'c'],
  items: [{ name: 'write', done: true }, { name: 'test' }],
}));
console.log(Handlebars.compile('{{#each .}}{{@key}}:{{.}} {{/each}}')({ x: 1, y: 2 }));
try {
  Handlebars.compile('{{#if}}')();
} catch (e) {
  console.log(e.message.split('\n')[0]);
}
const pre = Handlebars.precompile('hi {{name}}');
console.log(typeof pre, pre.includes('compiler'));
console.log(Handlebars.Utils.escapeExpression('<a href="x">\'&\'</a>'), Handlebars.VERSION);
