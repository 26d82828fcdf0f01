// mustache through require (the "require" condition: mustache.js)
const Mustache = require('mustache');
const view = {
  title: 'Joe', calc: () => 2 + 4, html: '<b>bold</b>',
  items: [{ name: 'a', price: 1.5 }, { name: 'b', price: 2 }], empty: [],
  wrapped: () => (text, render) => '<em>' + render(text) + '</em>',
};
console.log(Mustache.render('{{title}} spends {{calc}}; {{html}} / {{{html}}} / {{&html}}', view));
console.log(Mustache.render('{{#items}}{{name}}={{price}};{{/items}}{{^empty}}nothing{{/empty}}', view));
console.log(Mustache.render('{{#wrapped}}{{title}} is wrapped{{/wrapped}}', view));
console.log(Mustache.render('{{> user}}', { name: 'Ada' }, { user: '<p>{{name}}</p>' }));
console.log(Mustache.render('{{=<% %>=}}<% title %> {{not a tag}}', view));
console.log(JSON.stringify(Mustache.parse('hi {{name}}{{#s}}x{{/s}}')));
console.log(Mustache.render('{{a.b.c}} {{missing}}!', { a: { b: { c: 'dot' } } }), Mustache.escape('<&"\'>'), Mustache.version);
