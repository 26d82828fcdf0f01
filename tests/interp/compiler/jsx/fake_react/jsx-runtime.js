// a fake react/jsx-runtime: each call says which helper made it, with what
export const Fragment = function Fragment() {};
const typeName = (t) => typeof t === 'string' ? t : (t && t.name) || String(t);
export function jsx(type, props, key) {
  return {fn: 'jsx', type: typeName(type), props, key, n: arguments.length};
}
export function jsxs(type, props, key) {
  return {fn: 'jsxs', type: typeName(type), props, key, n: arguments.length};
}
