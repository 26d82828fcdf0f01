// process: its shape, exitCode, hrtime, the streams, emitWarning's checks, env writes
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, Object.prototype.toString.call(process));
console.log(Object.getPrototypeOf(process).constructor.name, typeof process.on);
console.log(require('process') === process, require('node:process') === process);
console.log(typeof process.version, process.version.startsWith('v'), typeof process.versions.node);
console.log(Array.isArray(process.argv), typeof process.argv[0], typeof process.execPath);
console.log(Array.isArray(process.execArgv), typeof process.pid, typeof process.ppid);
console.log(['linux', 'darwin', 'win32'].includes(process.platform), typeof process.arch);
console.log(process.release.name, typeof process.features, Object.keys(process.config));
console.log(typeof process.cwd(), typeof process.uptime(), process.uptime() >= 0);
const hr = process.hrtime();
console.log(hr.length, Number.isInteger(hr[0]), Number.isInteger(hr[1]));
const diff = process.hrtime(hr);
console.log(diff.length, diff[0] >= 0, diff[1] >= 0);
console.log(typeof process.hrtime.bigint(), process.hrtime.bigint() > 0n);
console.log(Object.keys(process.memoryUsage()), typeof process.memoryUsage.rss());
console.log(process.stdout.fd, process.stderr.fd, process.stdout.writable);
console.log(typeof process.stdout.write, typeof process.stdout.on, typeof process.emitWarning);
console.log(process.exitCode);
process.exitCode = 0;
console.log(process.exitCode);
process.exitCode = undefined;

// env: a copy the program writes; values become strings
process.env.REFLOW_PROCESS_TEST = 12;
console.log(process.env.REFLOW_PROCESS_TEST, typeof process.env.REFLOW_PROCESS_TEST);
process.env.REFLOW_PROCESS_TEST2 = undefined;
console.log(process.env.REFLOW_PROCESS_TEST2, 'REFLOW_PROCESS_TEST' in process.env);
console.log(Object.keys(process.env).includes('REFLOW_PROCESS_TEST'));
delete process.env.REFLOW_PROCESS_TEST;
console.log(process.env.REFLOW_PROCESS_TEST, 'REFLOW_PROCESS_TEST' in process.env);
console.log(process.env[Symbol('x')]);

// writes: raw text, no newline added
process.stdout.write('one ');
process.stdout.write('two\n');
process.stdout.write(new Uint8Array([104, 105, 10]));
console.log(process.stdout.write('') === true);
process.stdout.write('with callback\n', () => console.log('write callback ran'));

const t = (name, fn) => {
  try { console.log(name, fn()); } catch (e) { console.log(name, e.name, e.code, e.message); }
};
t('exitCode string', () => { process.exitCode = 'abc'; });
t('exitCode float', () => { process.exitCode = 1.5; });
t('exitCode object', () => { process.exitCode = {}; });
t('exit', () => process.exit('nope'));
t('write number', () => process.stdout.write(1));
t('write nothing', () => process.stdout.write());
t('write object', () => process.stderr.write({}));
t('nextTick', () => process.nextTick(1));
t('nextTick nothing', () => process.nextTick());
t('hrtime number', () => process.hrtime(1));
t('hrtime short', () => process.hrtime([1]));
t('chdir number', () => process.chdir(1));
t('emitWarning number', () => process.emitWarning(1));
t('emitWarning type', () => process.emitWarning('x', 5));
t('kill string', () => process.kill('x'));
t('kill signal', () => process.kill(process.pid, 'SIGNOPE'));
t('env symbol set', () => { process.env[Symbol('x')] = 1; });
t('umask string', () => process.umask('9'));

process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exitCode = 0;
