// yargs through require (yargs/yargs and yargs/helpers), parsing an explicit argv
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
console.log(JSON.stringify(hideBin(['node', 'script.js', '--x', '1'])));
const argv = yargs(['serve', '--port', '8080', '-v', '--tags', 'a', 'b', '--no-color', 'extra'])
  .scriptName('app')
  .command('serve', 'start the server')
  .option('port', { alias: 'p', type: 'number', default: 3000, describe: 'port' })
  .option('verbose', { alias: 'v', type: 'boolean' })
  .option('tags', { type: 'array' })
  .option('color', { type: 'boolean', default: true })
  .strict(false)
  .parseSync();
console.log(JSON.stringify(argv));
const parser = yargs([]).scriptName('calc').usage('$0 <cmd> [args]')
  .command('add <a> <b>', 'add two numbers', (y) => y.positional('a', { type: 'number' }).positional('b', { type: 'number' }), (args) => console.log('sum', args.a + args.b))
  .demandCommand(1).help().wrap(70);
parser.parse(['add', '2', '3']);
parser.parse(['add', '1'], {}, (err, parsed, output) => console.log('failed:', err && err.message));
console.log(JSON.stringify(yargs(['-abc', '--n=5', '--', '-x']).scriptName('short').parseSync()));
// this program gets no arguments
console.log(JSON.stringify(hideBin(process.argv)));
