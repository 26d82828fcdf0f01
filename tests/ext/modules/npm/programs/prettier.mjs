// prettier's standalone build with its babel and estree plugins, from ESM
import * as prettier from 'prettier/standalone';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
const plugins = [babel, estree];
const ugly = "const  x = {a:1,b:[1,2,3],  'c-d': function(){return `t${1+2}`}};function f ( a,b ) { if(a){return b} else { return [a,b].map(x=>x*2) } }\nclass A extends B{ #p=1; static async *gen(){ yield* other() } }";
console.log(await prettier.format(ugly, { parser: 'babel', plugins }));
console.log(await prettier.format(ugly, { parser: 'babel', plugins, semi: false, singleQuote: true, tabWidth: 4, printWidth: 40 }));
console.log(await prettier.check('const a = 1;\n', { parser: 'babel', plugins }), await prettier.check('const a=1', { parser: 'babel', plugins }));
try {
  await prettier.format('let = ;', { parser: 'babel', plugins });
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
