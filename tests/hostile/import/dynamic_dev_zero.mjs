// Devices are not read (Node reads /dev/zero forever): not a regular file.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
for (const path of ['/dev/zero', '/dev/urandom', '/dev/null', 'file:///dev/zero']) {
  await import(path).catch(show);
}
// expect: TypeError: Cannot load module '/dev/zero' imported from ./dynamic_dev_zero.mjs: not a regular file
// expect: TypeError: Cannot load module '/dev/urandom' imported from ./dynamic_dev_zero.mjs: not a regular file
// expect: TypeError: Cannot load module '/dev/null' imported from ./dynamic_dev_zero.mjs: not a regular file
// expect: TypeError: Cannot load module '/dev/zero' imported from ./dynamic_dev_zero.mjs: not a regular file
