// node:url: URL, URLSearchParams, file URLs, domains and the legacy parse/format/resolve
const url = require('url');
const { URL, URLSearchParams } = url;
const u = new URL('https://user:pa ss@EXAMPLE.com:8080/a/../b c?x=1&y=2#frag');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u);
console.log(String(u), JSON.stringify({ u }), u.searchParams.get('x'), [...u.searchParams]);
u.searchParams.append('z', 'a b&c');
console.log(u.search, u.href);
u.search = '?q=1';
console.log(u.searchParams.get('q'), u.searchParams.get('x'));
u.port = 'abc'; u.pathname = '/new path'; u.hash = ''; console.log(u.href);
try { u.href = 'nope'; } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('nope'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('/a', 'bad'); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
console.log(new URL('/a/b?c', 'http://x.com/z/').href, URL.canParse('x'), URL.canParse('/a', 'http://b'));
const p = new URLSearchParams('a=1&b=2&a=3&c=%zz&d=%E2%82%AC+x');
console.log(p.getAll('a'), p.get('c'), p.get('d'), p.has('b'), p.size, p.toString(), p);
p.sort(); p.set('a', 'only'); p.delete('b'); console.log(p.toString());
console.log(new URLSearchParams({ k: 'v', n: 1 }).toString(), new URLSearchParams([['x', '1'], ['y', '~!']]).toString());
console.log(url.fileURLToPath('file:///tmp/a%20b'), url.pathToFileURL('/tmp/a b#?%').href);
try { url.fileURLToPath('http://x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.fileURLToPath('file://host/x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.fileURLToPath('file:///a%2Fb'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.fileURLToPath(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('ex ample.com')));
console.log(url.parse('https://user:pw@Host.COM:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/p?x=1&y=2', true));
console.log(url.parse('mailto:a@b.com'), url.parse('//x.com/y', false, true).host);
console.log(url.format({ protocol: 'https', hostname: 'x.com', pathname: '/a', query: { b: 1 } }), url.format(new URL('https://u:p@x.com/a?b#c'), { auth: false, search: false, fragment: false }));
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'));
