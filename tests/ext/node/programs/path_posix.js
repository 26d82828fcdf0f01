// node:path (POSIX): every function over odd inputs, and bad arguments
const path = require('path');
const p = JSON.stringify;
const show = (label, f) => {
  try { console.log(label, p(f())); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
console.log(path.sep, path.delimiter, path.posix === path, require('node:path') === path);
const samples = ['', '/', '//', '///', '.', '..', '...', 'a', '/a', 'a/', '/a/', 'a/b', '/a/b/',
  'a//b', 'a/./b', 'a/../b', '../a', '/../a', 'a/..', 'a/../..', './a', '/a/b/../../..', '.a',
  '..a', 'a.', 'a..', 'a.b', 'a.b.c', '/x/.hidden', '/x/.hidden.txt', '.a.b', '/x/..', 'a/...', '/x/y.tar.gz', 'x/y.', '//a//b//',
  'file.txt/', '/foo/bar/baz/asdf/quux.html', 'a/b/c/../../../..', './/./', '...x'];
for (const s of samples) {
  console.log(p(s), p(path.normalize(s)), p(path.dirname(s)), p(path.basename(s)), p(path.extname(s)),
    path.isAbsolute(s), p(path.parse(s)));
}
for (const [a, b] of [['/a/b.html', '.html'], ['/a/b.html', 'b.html'], ['/a/b.html', 'html'], ['a.js', ''],
  ['aaa/bbb', 'bbb'], ['aaa/bbb/', 'bb'], ['x.js/', '.js'], ['', 'x']]) console.log('basename', p(a), p(b), p(path.basename(a, b)));
for (const args of [[], [''], ['', ''], ['a', 'b'], ['/a', 'b', '../c'], ['a', '', 'b'], ['a/', '/b'],
  ['/', 'a'], ['.', '.'], ['..', 'a'], ['a', '../..'], ['/a', '../../..'], ['a/b', './c/'], ['//a', 'b']]) {
  console.log('join', p(args), p(path.join(...args)));
}
for (const args of [['/a/b', 'c'], ['/a/b', '/c', 'd'], ['/a', '..', '..'], ['/', ''], ['/a/b/', './'],
  ['/x', 'y/', '../z/']]) console.log('resolve', p(args), p(path.resolve(...args)));
console.log(path.resolve() === path.resolve('.'), path.isAbsolute(path.resolve('x')), path.resolve('x').endsWith('/x'));
for (const [a, b] of [['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b', '/a/b'], ['/', '/a'], ['/a', '/'],
  ['/a/b/c', '/x/y'], ['/aa/b', '/a/b'], ['/a/', '/a'], ['/foo/bar/baz-quux', '/foo/bar/baz']]) {
  console.log('relative', p(a), p(b), p(path.relative(a, b)));
}
for (const o of [{ dir: '/a', base: 'b.txt' }, { root: '/', base: 'b' }, { root: '/', dir: '/', base: 'x' },
  { name: 'n', ext: 'e' }, { name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: '.e', base: 'b' }, {},
  { root: '/r/', name: 'x' }]) console.log('format', p(o), p(path.format(o)));
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath(5));
show('join num', () => path.join('a', 1));
show('resolve num', () => path.resolve('a', null));
show('normalize undefined', () => path.normalize());
show('dirname obj', () => path.dirname({}));
show('basename ext', () => path.basename('a', 5));
show('extname', () => path.extname(Symbol('s')));
show('relative', () => path.relative('/a', 1));
show('format null', () => path.format(null));
show('format str', () => path.format('x'));
show('parse', () => path.parse(1n));
show('isAbsolute', () => path.isAbsolute([]));
