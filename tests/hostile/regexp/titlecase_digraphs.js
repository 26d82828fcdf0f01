// the DZ digraphs: three case forms, one uppercase
var forms = ['\u01c4', '\u01c5', '\u01c6'];
var out = [];
for (var a of forms) for (var b of forms) out.push(new RegExp(a, 'i').test(b) ? 1 : 0);
console.log(out.join(''));
// expect: 111111111
