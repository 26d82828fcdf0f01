// folded matching with the g and y flags keeps lastIndex right
var re = /k/giy;
var s = 'kK\u212Ak';
var hits = [];
while (re.lastIndex < s.length) { var m = re.exec(s); if (!m) break; hits.push(m.index); }
console.log(hits.join(), re.lastIndex);
console.log('\u212Akk'.search(/K/i), '\u212Akk'.search(/K/iu));
// expect: 0,1 0
// expect: 1 0
