/// <reference types="node" />
/// <reference lib="es2022" />
/// <reference path="./_globals.d.ts" />
/// <amd-module name="ignored" />
// a normal comment
const triple: number = 3;
console.log("triple-slash directives are comments", triple);
