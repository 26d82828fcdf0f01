'use strict';
// node:module: createRequire, builtinModules, isBuiltin. The CommonJS internals
// (_load, _resolveFilename, _extensions) are not reflow's: patching them cannot
// change how reflow loads.
const host = binding('module');

function Module(id = '', parent) {
  this.id = id;
  this.path = id.slice(0, id.lastIndexOf('/')) || '.';
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  this.parent = parent;
}

const builtinModules = host.builtinNames.slice();

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  return builtinModules.includes(name.startsWith('node:') ? name.slice(5) : name);
}

Module.Module = Module;
Module.createRequire = host.createRequire;
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
module.exports = Module;
