// commander through require, parsing an explicit argv
const { Command, Option, program } = require('commander');
program
  .name('pizza')
  .description('Order a pizza')
  .version('1.2.3')
  .option('-d, --debug', 'output extra debugging')
  .option('-s, --size <size>', 'pizza size', 'medium')
  .option('-t, --topping <items...>', 'toppings')
  .addOption(new Option('-c, --crust <kind>', 'crust').choices(['thin', 'thick']).default('thin'))
  .argument('<customer>', 'who orders')
  .argument('[count]', 'how many', (v) => parseInt(v, 10), 1);
program.parse(['node', 'pizza', '-d', '--size', 'large', '-t', 'ham', 'olives', '--crust', 'thick', 'Ada', '3']);
console.log(JSON.stringify(program.opts()), JSON.stringify(program.args), JSON.stringify(program.processedArgs));
console.log(program.helpInformation());

const cli = new Command('tool').exitOverride().configureOutput({ writeErr: (s) => console.log('ERR ' + s.trim()), writeOut: (s) => console.log('OUT ' + s.trim()) });
let ran = '';
cli.command('add <a> <b>').description('add numbers').action((a, b) => { ran = 'add ' + (Number(a) + Number(b)); });
cli.command('greet').option('--loud').action((opts) => { ran = opts.loud ? 'HELLO' : 'hello'; });
cli.parse(['add', '2', '40'], { from: 'user' });
console.log(ran);
cli.parse(['greet', '--loud'], { from: 'user' });
console.log(ran);
try {
  cli.parse(['add', '1'], { from: 'user' });
} catch (e) {
  console.log(e.code, e.exitCode);
}
try {
  cli.parse(['nope'], { from: 'user' });
} catch (e) {
  console.log(e.code);
}
