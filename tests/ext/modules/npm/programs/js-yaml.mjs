// js-yaml from ESM (named and default exports of dist/js-yaml.mjs)
import yaml, { load, dump, YAMLException } from 'js-yaml';
const doc = load(`
name: reflow
version: 1.0
list:
  - one
  - two: 2
    three: [3, 3.5, 0x10]
anchors:
  base: &base { a: 1, b: true }
  derived:
    <<: *base
    b: false
multi: |
  line one
  line two
empty: ~
date: 2024-02-27
`);
console.log(JSON.stringify(doc));
console.log(doc.date instanceof Date, doc.date.toISOString());
console.log(dump({ a: 1, b: 'two words', c: [1, { d: null }], e: 'multi\nline', f: '123' }));
console.log(dump([{ x: 1 }, 'y'], { flowLevel: 1 }));
console.log(JSON.stringify(yaml.loadAll('---\na: 1\n---\nb: 2\n')));
try {
  load('a: [1, 2');
} catch (e) {
  console.log(e instanceof YAMLException, e.name, e.reason, e.mark.line, e.mark.column);
}
console.log(JSON.stringify(load('x: !!str 12', { schema: yaml.FAILSAFE_SCHEMA })));
