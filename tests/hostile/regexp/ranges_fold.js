// class ranges match the other case forms of their members
console.log(/[\u00e0-\u00ff]/i.test('\u0178'), /[^\u0100-\uffff]/i.test('\u0178'), /[\u0000-\u007f]/i.test('\u212a'));
console.log(/[A-Z]+/i.exec('xyzABC')[0], /[^A-Z]+/i.exec('xyz123ABC')[0], /[\u0400-\u042f]/i.test('\u0450'));
console.log(/[\u10d0-\u10ff]/i.test('\u1c90'), /[a-z]/i.test('\u0131'));
// expect: true false false
// expect: xyzABC 123 true
// expect: true false
