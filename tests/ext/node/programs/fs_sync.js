// node:fs, the Sync forms, in a temporary folder of their own (removed at the end)
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reflow-fs-sync-'));
const at = (...parts) => path.join(root, ...parts);
const rel = (p) => p.split(root).join('<tmp>');
const t = (name, fn) => {
  try {
    const v = fn();
    console.log(name, typeof v === 'string' ? rel(v) : v);
  } catch (e) {
    console.log(name, 'throws', e.name, e.code, rel(e.message), e.errno, e.syscall,
                e.path === undefined ? '' : rel(e.path), e.dest === undefined ? '' : rel(e.dest));
  }
};

console.log(path.basename(root).startsWith('reflow-fs-sync-'), path.basename(root).length);
t('write', () => fs.writeFileSync(at('a.txt'), 'hello\n'));
t('read utf8', () => fs.readFileSync(at('a.txt'), 'utf8'));
t('read options', () => fs.readFileSync(at('a.txt'), { encoding: 'hex' }));
const buf = fs.readFileSync(at('a.txt'));
console.log(Buffer.isBuffer(buf), buf.length, buf[0], buf.toString('base64'));
t('append', () => fs.appendFileSync(at('a.txt'), Buffer.from('more\n')));
t('append string', () => fs.appendFileSync(at('a.txt'), '616263', 'hex'));
t('read after append', () => JSON.stringify(fs.readFileSync(at('a.txt'), 'latin1')));
t('write typed array', () => fs.writeFileSync(at('bytes.bin'), new Uint8Array([1, 2, 255])));
t('read bytes', () => [...fs.readFileSync(at('bytes.bin'))].join(','));
t('write flag wx on existing', () => fs.writeFileSync(at('a.txt'), 'x', { flag: 'wx' }));

t('exists', () => [fs.existsSync(at('a.txt')), fs.existsSync(at('none')), fs.existsSync()]);
t('access', () => fs.accessSync(at('a.txt'), fs.constants.R_OK | fs.constants.W_OK));
t('access missing', () => fs.accessSync(at('none')));

const st = fs.statSync(at('a.txt'));
console.log(st instanceof fs.Stats, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size);
console.log(typeof st.mtimeMs, st.mtime instanceof Date, st.mtime.getTime() === st.mtimeMs,
            (st.mode & 0o170000) === fs.constants.S_IFREG, Number.isInteger(st.ino));
console.log(Object.keys(st).join(','));
t('stat dir', () => fs.statSync(root).isDirectory());
t('stat missing', () => fs.statSync(at('none')));
t('stat missing, no throw', () => fs.statSync(at('none'), { throwIfNoEntry: false }));

t('mkdir', () => fs.mkdirSync(at('d')));
t('mkdir again', () => fs.mkdirSync(at('d')));
t('mkdir recursive', () => fs.mkdirSync(at('d', 'e', 'f'), { recursive: true }));
t('mkdir recursive existing', () => fs.mkdirSync(at('d', 'e'), { recursive: true }));
t('mkdir under a file', () => fs.mkdirSync(at('a.txt', 'x')));
fs.writeFileSync(at('d', 'z.txt'), 'z');
fs.writeFileSync(at('d', 'e', 'y.txt'), 'y');
t('readdir', () => fs.readdirSync(root).join(','));
t('readdir recursive', () => fs.readdirSync(at('d'), { recursive: true }).join(','));
const dirents = fs.readdirSync(at('d'), { withFileTypes: true });
console.log(dirents.map((d) => `${d.name}:${d.isFile()}:${d.isDirectory()}:${rel(d.parentPath)}`).join(' '));
console.log(dirents[0] instanceof fs.Dirent);
t('readdir of a file', () => fs.readdirSync(at('a.txt')));
t('readdir missing', () => fs.readdirSync(at('none')));

t('symlink', () => fs.symlinkSync('a.txt', at('link')));
t('symlink exists', () => fs.symlinkSync('a.txt', at('link')));
t('readlink', () => fs.readlinkSync(at('link')));
t('readlink of a file', () => fs.readlinkSync(at('a.txt')));
t('lstat', () => [fs.lstatSync(at('link')).isSymbolicLink(), fs.statSync(at('link')).isFile()]);
t('realpath', () => fs.realpathSync(at('link')) === fs.realpathSync(at('a.txt')));
t('realpath missing', () => fs.realpathSync(at('none', 'x')));
t('realpath.native missing', () => fs.realpathSync.native(at('none')));

t('link', () => fs.linkSync(at('a.txt'), at('hard.txt')));
t('link exists', () => fs.linkSync(at('a.txt'), at('hard.txt')));
t('link count', () => fs.statSync(at('a.txt')).nlink);
t('copy', () => fs.copyFileSync(at('a.txt'), at('copy.txt')));
t('copy content', () => fs.readFileSync(at('copy.txt'), 'utf8').length);
t('copy excl', () => fs.copyFileSync(at('a.txt'), at('copy.txt'), fs.constants.COPYFILE_EXCL));
t('copy missing', () => fs.copyFileSync(at('none'), at('x')));
t('rename', () => fs.renameSync(at('copy.txt'), at('moved.txt')));
t('rename missing', () => fs.renameSync(at('copy.txt'), at('moved2.txt')));
t('unlink', () => fs.unlinkSync(at('moved.txt')));
t('unlink missing', () => fs.unlinkSync(at('moved.txt')));
t('unlink a folder', () => fs.unlinkSync(at('d')));
t('rmdir not empty', () => fs.rmdirSync(at('d')));
t('rm folder', () => fs.rmSync(at('d')));
t('rm missing', () => fs.rmSync(at('none')));
t('rm missing, force', () => fs.rmSync(at('none'), { force: true }));
t('rm recursive', () => fs.rmSync(at('d'), { recursive: true }));
t('gone', () => fs.existsSync(at('d')));
t('read a folder', () => fs.readFileSync(root));
t('read missing', () => fs.readFileSync(at('none')));
t('write into missing folder', () => fs.writeFileSync(at('none', 'x'), ''));

// descriptors
const fd = fs.openSync(at('fd.txt'), 'w+');
console.log(typeof fd, fd > 2);
t('write fd', () => fs.writeSync(fd, 'abcdef'));
t('write fd buffer', () => fs.writeSync(fd, Buffer.from('XYZ'), 1, 2));
const into = Buffer.alloc(10);
t('read fd at 0', () => fs.readSync(fd, into, 0, 10, 0));
console.log(into.toString('utf8', 0, 8));
t('fstat', () => fs.fstatSync(fd).size);
t('close', () => fs.closeSync(fd));
t('close again', () => fs.closeSync(fd));
t('open missing', () => fs.openSync(at('none')));

t('chmod', () => { fs.chmodSync(at('a.txt'), 0o600); return (fs.statSync(at('a.txt')).mode & 0o777).toString(8); });
t('truncate', () => { fs.truncateSync(at('a.txt'), 2); return fs.readFileSync(at('a.txt'), 'utf8'); });

// bad arguments: Node's errors
t('path number', () => fs.readFileSync(1.5));
t('path object', () => fs.statSync({}));
t('path with NUL', () => fs.existsSync('a\0b') || fs.readFileSync('a\0b'));
t('bad encoding', () => fs.readFileSync(at('a.txt'), 'nope'));
t('bad flag', () => fs.openSync(at('a.txt'), 'q'));
t('bad data', () => fs.writeFileSync(at('b.txt'), 5));
t('bad fd', () => fs.closeSync('x'));
t('bad mode', () => fs.chmodSync(at('a.txt'), 'abc'));
t('bad recursive', () => fs.mkdirSync(at('q'), { recursive: 'yes' }));
t('bad rm option', () => fs.rmSync(at('q'), { force: 1 }));
t('bad access mode', () => fs.accessSync(at('a.txt'), 8));
t('rename bad', () => fs.renameSync(at('a.txt'), 1));
t('callback missing', () => fs.readFile(at('a.txt')));
t('callback not a function', () => fs.stat(at('a.txt'), 'nope'));
console.log(Buffer.isBuffer(fs.readFileSync(Buffer.from(at('a.txt')))));

fs.rmSync(root, { recursive: true, force: true });
console.log('removed', fs.existsSync(root));
