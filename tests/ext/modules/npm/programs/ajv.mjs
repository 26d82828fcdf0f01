// ajv (TypeScript compiled to CommonJS) imported from ESM: default is module.exports
import Ajv from 'ajv';
const ajv = new Ajv({ allErrors: true });
const schema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2 },
    age: { type: 'integer', minimum: 0 },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
  },
  required: ['name', 'age'],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
console.log(validate({ name: 'Ada', age: 36, tags: ['math'] }), validate.errors);
console.log(validate({ name: 'A', age: -1, tags: ['x', 'x'], extra: true }));
for (const err of validate.errors) console.log(err.instancePath || '(root)', err.keyword, err.message);
console.log(ajv.errorsText(validate.errors));
const isEmail = ajv.compile({ type: 'string', pattern: '^[^@]+@[^@]+$' });
console.log(isEmail('a@b.c'), isEmail('nope'));
ajv.addSchema({ $id: 'https://example.com/pos.json', type: 'number', exclusiveMinimum: 0 });
const list = ajv.compile({ type: 'array', items: { $ref: 'https://example.com/pos.json' } });
console.log(list([1, 2.5]), list([1, 0]), list.errors[0].instancePath);
