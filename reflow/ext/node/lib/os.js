'use strict';
// node:os over bindings/os.py (the 'sys' permission is checked there, as Deno checks it)

const { validateInteger } = require('internal/validators');
const b = binding('os');

const priority = Object.assign({ __proto__: null }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
            RTLD_DEEPBIND: 8 },
  errno: Object.assign({ __proto__: null }, b.errno),
  signals: Object.assign({ __proto__: null }, b.signals),
  priority,
};
Object.freeze(constants.signals);

// (options.encoding 'buffer' is not supported: the strings are given)
function userInfo() {
  return b.userInfo();
}

function getPriority(pid = 0) {
  validateInteger(pid, 'pid');
  return b.getPriority(pid);
}

function setPriority(pid, value) {
  if (value === undefined) {
    value = pid;
    pid = 0;
  }
  validateInteger(pid, 'pid');
  validateInteger(value, 'priority', -20, 19);
  b.setPriority(pid, value);
}

module.exports = {
  arch: () => process.arch,
  availableParallelism: b.availableParallelism,
  cpus: b.cpus,
  endianness: () => b.endianness,
  freemem: b.freemem,
  getPriority,
  homedir: b.homedir,
  hostname: b.hostname,
  loadavg: b.loadavg,
  networkInterfaces: b.networkInterfaces,
  platform: () => process.platform,
  release: b.release,
  setPriority,
  tmpdir: b.tmpdir,
  totalmem: b.totalmem,
  type: () => b.type,
  userInfo,
  uptime: b.uptime,
  version: b.version,
  machine: () => b.machine,
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
for (const name of ['arch', 'endianness', 'platform', 'type', 'machine']) {
  Object.defineProperty(module.exports[name], 'name', { value: name });
}
