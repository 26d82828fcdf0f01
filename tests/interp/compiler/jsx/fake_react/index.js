const typeName = (t) => typeof t === 'string' ? t : (t && t.name) || String(t);
export function createElement(type, props, ...children) {
  return {fn: 'createElement', type: typeName(type), props, children};
}
