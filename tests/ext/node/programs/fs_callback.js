// node:fs, the callback forms (called on a later macrotask) and fs.promises / fs/promises,
// chained one after the other in a temporary folder removed at the end
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reflow-fs-cb-'));
const at = (...parts) => path.join(root, ...parts);
const rel = (p) => String(p).split(root).join('<tmp>');
const show = (e) => `${e.name} ${e.code} ${rel(e.message)} ${e.errno} ${e.syscall}`;

function callbacks(done) {
  let sync = true;
  fs.writeFile(at('a.txt'), 'one\n', (err) => {
    console.log('writeFile', err, 'async:', !sync);
    fs.appendFile(at('a.txt'), 'two\n', (err) => {
      console.log('appendFile', err);
      fs.readFile(at('a.txt'), 'utf8', (err, text) => {
        console.log('readFile', err, JSON.stringify(text));
        fs.readFile(at('a.txt'), (err, data) => {
          console.log('readFile buffer', Buffer.isBuffer(data), data.length);
          fs.readFile(at('none'), (err, data) => {
            console.log('readFile missing', show(err), data);
            fs.stat(at('a.txt'), (err, st) => {
              console.log('stat', err, st.isFile(), st.size);
              fs.mkdir(at('d', 'e'), { recursive: true }, (err, first) => {
                console.log('mkdir', err, rel(first));
                fs.readdir(root, (err, names) => {
                  console.log('readdir', err, names.join(','));
                  fs.readdir(root, { withFileTypes: true }, (err, entries) => {
                    console.log('dirents', entries.map((d) => d.name + d.isDirectory()).join(','));
                    fs.exists(at('a.txt'), (yes) => {
                      console.log('exists', yes);
                      fs.access(at('none'), (err) => {
                        console.log('access', show(err));
                        fs.rename(at('a.txt'), at('b.txt'), (err) => {
                          console.log('rename', err);
                          fs.copyFile(at('b.txt'), at('c.txt'), (err) => {
                            console.log('copyFile', err);
                            fs.unlink(at('b.txt'), (err) => {
                              console.log('unlink', err);
                              fs.rm(at('d'), (err) => {
                                console.log('rm folder', err.code, rel(err.message));
                                fs.rm(at('d'), { recursive: true }, (err) => {
                                  console.log('rm recursive', err);
                                  fs.open(at('c.txt'), 'r', (err, fd) => {
                                    const buf = Buffer.alloc(3);
                                    fs.read(fd, buf, 0, 3, 0, (err, n, b) => {
                                      console.log('read', err, n, b === buf, buf.toString());
                                      fs.close(fd, (err) => {
                                        console.log('close', err);
                                        done();
                                      });
                                    });
                                  });
                                });
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
  sync = false;
  console.log('after the first call');
}

async function promises() {
  console.log(fs.promises === fsp);
  const p = fsp.writeFile(at('p.txt'), 'promised');
  console.log(p instanceof Promise);
  console.log('writeFile', await p);
  console.log('readFile', await fsp.readFile(at('p.txt'), 'utf8'));
  console.log('appendFile', await fsp.appendFile(at('p.txt'), '!'));
  console.log('readFile buffer', (await fsp.readFile(at('p.txt'))).toString());
  console.log('stat', (await fsp.stat(at('p.txt'))).size);
  console.log('lstat', (await fsp.lstat(at('p.txt'))).isSymbolicLink());
  console.log('mkdir', rel(await fsp.mkdir(at('x', 'y'), { recursive: true })));
  console.log('readdir', (await fsp.readdir(root)).join(','));
  console.log('access', await fsp.access(at('p.txt')));
  console.log('copyFile', await fsp.copyFile(at('p.txt'), at('q.txt')));
  console.log('rename', await fsp.rename(at('q.txt'), at('r.txt')));
  console.log('symlink', await fsp.symlink('r.txt', at('s')));
  console.log('readlink', await fsp.readlink(at('s')));
  console.log('realpath', (await fsp.realpath(at('s'))) === (await fsp.realpath(at('r.txt'))));
  console.log('unlink', await fsp.unlink(at('s')));
  console.log('rm', await fsp.rm(at('x'), { recursive: true }));
  console.log('rmdir missing', await fsp.rmdir(at('x')).catch(show));
  console.log('readFile missing', await fsp.readFile(at('none')).catch(show));
  console.log('stat missing', await fsp.stat(at('none')).catch(show));
  console.log('bad path rejects', await fsp.readFile(42).catch((e) => `${e.name} ${e.code}`));
  const tmp = await fsp.mkdtemp(at('t-'));
  console.log('mkdtemp', path.basename(tmp).length, fs.statSync(tmp).isDirectory());
  const fh = await fsp.open(at('p.txt'), 'r+');
  console.log('open', typeof fh.fd);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log('read', bytesRead, buffer.toString());
  console.log('write', (await fh.write('PRO', 0)).bytesWritten);
  console.log('stat', (await fh.stat()).size);
  console.log('readFile', await fh.readFile('utf8'));
  console.log('close', await fh.close());
  console.log('content', fs.readFileSync(at('p.txt'), 'utf8'));
}

callbacks(() => {
  promises().then(() => {
    fs.rmSync(root, { recursive: true, force: true });
    console.log('removed', fs.existsSync(root));
  });
});
