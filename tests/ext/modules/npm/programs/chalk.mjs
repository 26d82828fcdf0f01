// chalk 5 is ESM only
import chalk, { Chalk, supportsColor } from 'chalk';
// stdout is a pipe: no colours unless forced
console.log(chalk.level, supportsColor);
console.log(chalk.red('plain when not a terminal'));
const colored = new Chalk({ level: 1 });
console.log(JSON.stringify(colored.red('red')));
console.log(JSON.stringify(colored.bold.underline.green('nested ' + colored.blue('blue') + ' end')));
const truecolor = new Chalk({ level: 3 });
console.log(JSON.stringify(truecolor.hex('#ff8800')('orange')), JSON.stringify(truecolor.bgRgb(1, 2, 3)('bg')));
console.log(JSON.stringify(new Chalk({ level: 2 }).hex('#ff8800')('256')));
console.log(colored.visible('shown'), JSON.stringify(new Chalk({ level: 0 }).visible('hidden')), colored.level);
