// the three Greek sigmas share one uppercase form
var forms = ['\u03a3', '\u03c3', '\u03c2'];
var out = [];
for (var a of forms) for (var b of forms) out.push(new RegExp(a, 'i').test(b) ? 1 : 0);
console.log(out.join(''));
console.log('\u03a3\u03c3\u03c2'.replace(/\u03c2/gi, '_'), '\u03a3\u03c3\u03c2'.replace(/\u03c3/giu, '_'));
// expect: 111111111
// expect: ___ ___
