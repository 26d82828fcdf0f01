// node:tty: isatty and the stream classes (the test's stdout is a pipe, not a terminal)
const tty = require('tty');
console.log(Object.keys(tty), tty.isatty(99), tty.isatty(2 ** 31), tty.isatty(-1), tty.isatty('x'), tty.isatty(1.5));
for (const fd of [-1, 1.5, 99]) {
  try { new tty.WriteStream(fd); } catch (e) { console.log(fd, e.name, e.code, e.message); }
}
try { new tty.ReadStream(99); } catch (e) { console.log(e.code, e.info.syscall); }
const depth = tty.WriteStream.prototype.getColorDepth;
console.log(depth.call({}, {}), depth.call({}, { TERM: 'xterm-256color' }), depth.call({}, { FORCE_COLOR: '3' }),
  depth.call({}, { NO_COLOR: '1', TERM: 'xterm' }), depth.call({}, { COLORTERM: 'truecolor' }), depth.call({}, { TERM: 'xterm' }));
const has = tty.WriteStream.prototype.hasColors;
console.log(has.call({ getColorDepth: depth }, 256, { TERM: 'xterm-256color' }), has.call({ getColorDepth: depth }, { TERM: 'dumb' }));
