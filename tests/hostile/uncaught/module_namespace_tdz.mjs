// A module namespace with a binding not yet initialized: <uninitialized>, no throw.
import * as self from './module_namespace_tdz.mjs';
console.log(self);
export let later = 1;
export function f() {}
// expect: [Module: null prototype] { f: [Function: f], later: <uninitialized> }
