// split and matchAll with /i
console.log('aXbxc\u0130d'.split(/x/i).join('|'), 'a\u0130b'.split(/i/i).length);
console.log([...'Kk\u212A'.matchAll(/k/gi)].map(function (m) { return m.index; }).join());
// expect: a|b|cİd 1
// expect: 0,1
