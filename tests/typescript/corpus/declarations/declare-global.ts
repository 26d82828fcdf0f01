declare global {
  interface Array<T> { firstOrNone(): T | undefined }
  var appName: string;
}
Array.prototype.firstOrNone = function () { return this[0]; };
globalThis.appName = "demo";
console.log([5, 6].firstOrNone(), appName);
export {};
