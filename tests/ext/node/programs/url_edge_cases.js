// node:url edge cases: setters, special schemes, IPv6, IDNA, searchParams in step with
// the URL, URLSearchParams' constructors and errors, legacy parse of odd inputs
const { URL, URLSearchParams, parse, format, resolve, pathToFileURL, fileURLToPath, urlToHttpOptions } = require('node:url');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
for (const input of ['http://[::1]:80/', 'HTTP://münchen.de/ä?ö#ü', 'file:///C:/x', 'blob:https://x.com/id', 'data:text/plain,hi',
  'ws://h:443', 'https://h:443/', 'http://1.2.3/', 'http://0x7f.1/', 'javascript:alert(1)', 'http://a/b/../../c/./d',
  'https://x.com?', 'https://x.com#', 'non-spec:/a/../b', 'http://\ud800x.com/']) {
  show(JSON.stringify(input), () => { const u = new URL(input); return [u.href, u.origin, u.host, u.pathname]; });
}
const u = new URL('https://a.com/p?x=1');
const sp = u.searchParams;
for (const [name, value] of [['protocol', 'http'], ['protocol', 'mailto'], ['username', 'me'], ['password', 'p@ss'],
  ['host', 'b.org:81'], ['hostname', 'c.net'], ['port', '443'], ['port', 'x'], ['port', ''], ['pathname', 'q r'],
  ['search', 'a=1'], ['search', ''], ['hash', '#h h'], ['href', 'http://new.com/?k=v']]) {
  u[name] = value;
  console.log(name, JSON.stringify(value), u.href, sp.toString());
}
show('same searchParams', () => u.searchParams === sp);
sp.set('k', 'w'); show('after set', () => u.href);
sp.delete('k'); show('after delete', () => [u.href, u.search]);
show('origin setter', () => { const x = new URL('http://a'); x.origin = 'http://b'; return x.href; });
show('no args', () => new URL());
show('bad this', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
show('URL.parse', () => [URL.parse('x'), URL.parse('http://y').href]);
show('toJSON', () => JSON.stringify([new URL('http://z')]));
show('params from URLSearchParams', () => new URLSearchParams(new URLSearchParams('a=1')).toString());
show('params from pairs', () => new URLSearchParams(new Map([['m', '1']])).toString());
show('params bad pair', () => new URLSearchParams([['a']]));
show('params bad item', () => new URLSearchParams([5]));
show('params not iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
show('params leading ?', () => new URLSearchParams('?a=b').get('a'));
show('params encode', () => new URLSearchParams({ 'sp ace': "!'()~*-._ é+&=" }).toString());
show('params missing', () => new URLSearchParams().append('a'));
show('params get null', () => new URLSearchParams('a=1').get('b'));
show('params has value', () => [new URLSearchParams('a=1&a=2').has('a', '2'), new URLSearchParams('a=1').has('a', '3')]);
show('params delete value', () => { const q = new URLSearchParams('a=1&a=2&b=3'); q.delete('a', '1'); return q.toString(); });
show('params iterate', () => { const out = []; new URLSearchParams('a=1&b=2').forEach((v, k) => out.push(k + v)); return out; });
show('params keys/values', () => { const q = new URLSearchParams('a=1&b=2'); return [[...q.keys()], [...q.values()], [...q.entries()]]; });
show('params sort stable', () => { const q = new URLSearchParams('c=1&a=2&b=3&a=1'); q.sort(); return q.toString(); });
show('params tag', () => Object.prototype.toString.call(new URLSearchParams()));
show('params inspect', () => [new URLSearchParams(), new URLSearchParams('x=1')]);
show('pathToFileURL', () => [pathToFileURL('/a/b/').href, pathToFileURL('/a\\b\n').href, pathToFileURL('/tmp/ü').href]);
show('pathToFileURL bad', () => pathToFileURL(5));
show('fileURLToPath URL', () => fileURLToPath(new URL('file:///x/%C3%BC')));
show('urlToHttpOptions', () => urlToHttpOptions(new URL('https://u:p@[::1]:99/a?b#c')));
for (const input of ['http://x.com', 'HTTP://X.COM/A', 'x.com/a', '//x.com/a', '/a/b?c=d#e', '?q', '#h', 'http://a@b@c/d',
  'http://x.com:/p', 'http://[::1]:8/p', 'https://x.com/a b<c>', 'file:///etc/passwd', 'http://x.com\\a\\b?c\\d',
  '  http://trim.me/  ', 'mailto:someone@x.com', 'javascript:void(0)', 'http://ünï.com/', 'a:b']) {
  const r = parse(input);
  console.log(JSON.stringify(input), r.protocol, r.slashes, r.auth, r.host, r.port, r.hostname, r.hash, r.search, r.query, r.pathname, r.path, r.href);
}
show('parse query', () => parse('/x?a=1&a=2', true).query);
show('parse empty query', () => parse('/x', true).query);
show('parse bad', () => parse(5));
show('format obj', () => [format({ protocol: 'http:', host: 'h.com', pathname: 'p', search: 's', hash: 'h' }),
  format({ protocol: 'mailto', pathname: 'a@b' }), format({ protocol: 'file', pathname: '/x' }), format({ hostname: '::1', port: 8 })]);
show('format string', () => format('HTTP://X.com/a?b'));
show('format bad', () => format(5));
show('format URL unicode', () => format(new URL('http://xn--espaol-zwa.com/'), { unicode: true }));
show('resolve', () => [resolve('http://a/b/c/d;p?q', 'g'), resolve('http://a/b/c/d;p?q', '../g'), resolve('http://a/b/c/d;p?q', '//g'),
  resolve('/a/b', '../../..'), resolve('a/b', 'c'), resolve('http://x.com', 'https://y.com/z')]);
