Object.defineProperty(exports, '__esModule', { value: true });
exports.default = 'the default';
exports.value = 7;
exports.getThis = function () { return this === undefined ? 'no this' : typeof this; };
