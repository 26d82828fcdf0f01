// minimist through require (a .js file, CommonJS by the nearest package.json)
const parseArgs = require('minimist');
const show = (argv, opts) => console.log(JSON.stringify(parseArgs(argv, opts)));
show(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']);
show(['--no-debug', '--name', 'x', '--', '--not-a-flag'], { '--': true });
show(['-v', '-v', '--num', '010', '--str', '010'], { string: ['str'], boolean: ['v'] });
show(['-h'], { alias: { h: 'help' }, default: { color: 'red' } });
show(['--a.b', '1', '--a.c', 'two', 'rest'], { stopEarly: true });
show(['--unknown', 'x'], { unknown: (arg) => { console.log('unknown', arg); return false; } });
