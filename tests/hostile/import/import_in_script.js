// import() from a script of the odd paths: each a rejected promise, the program goes on.
const paths = ['/dev/zero', '/', './no-such-file.mjs', './\0', '\ud800'];
let left = paths.length;
for (const p of paths) {
  import(p).catch((e) => {
    console.log(e.name, /^(Cannot find module|Cannot load module|Directory import)/.test(e.message));
    if (--left === 0) console.log('done');
  });
}
// expect: TypeError true
// expect: TypeError true
// expect: TypeError true
// expect: TypeError true
// expect: TypeError true
// expect: done
