export const Fragment = function Fragment() {};
const typeName = (t) => typeof t === 'string' ? t : (t && t.name) || String(t);
export function jsxDEV(type, props, key, isStatic, source, self) {
  return {fn: 'jsxDEV', type: typeName(type), props, key: key === undefined ? 'undefined' : key,
          isStatic, at: [source.lineNumber, source.columnNumber], self: typeof self};
}
