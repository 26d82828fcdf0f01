// The uncaught error's first line is built from name and message, read through getters.
class Loud extends Error {
  get name() { return 'LoudError'; }
}
console.log('before');
setTimeout(() => { throw new Loud('from a timer'); }, 0);
// expect: before
// expect uncaught: LoudError: from a timer
