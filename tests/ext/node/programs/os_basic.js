// node:os: the shape of what it tells (values vary by machine: their types are printed)
const os = require('os');
console.log(Object.keys(os).join(','));
console.log(os.EOL === '\n', os.devNull, os.endianness(), os.platform() === process.platform,
            os.arch() === process.arch);
console.log(typeof os.type(), typeof os.release(), typeof os.version(), typeof os.machine());
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.homedir());
console.log(typeof os.tmpdir(), os.tmpdir().endsWith('/'));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]).join(','),
            Object.keys(cpus[0].times).join(','), typeof cpus[0].speed);
console.log(os.availableParallelism() > 0, os.totalmem() > os.freemem(), os.freemem() > 0);
console.log(typeof os.uptime(), os.loadavg().length, typeof os.networkInterfaces());
const u = os.userInfo();
console.log(Object.keys(u).join(','), typeof u.uid, typeof u.username);
console.log(Object.keys(os.constants).join(','));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL,
            Object.keys(os.constants.signals).length);
console.log(os.constants.errno.ENOENT, os.constants.errno.EACCES, Object.keys(os.constants.errno).length);
console.log(os.constants.priority.PRIORITY_HIGHEST, typeof os.getPriority());
const t = (fn) => { try { fn(); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => os.getPriority('x'));
t(() => os.setPriority(0, 100));
t(() => os.userInfo(1));
