// which units each /i literal matches among a set of case-sensitive ones (V8's Canonicalize)
var sample = [0x4b, 0x6b, 0x53, 0x73, 0xb5, 0xc5, 0xe5, 0xdf, 0xff, 0x130, 0x131, 0x49, 0x69, 0x17f, 0x178, 0x1c4, 0x1c5, 0x1c6, 0x345, 0x390, 0x399, 0x3b9, 0x3a3, 0x3c3, 0x3c2, 0x3d0, 0x3b2, 0x392, 0x3f4, 0x398, 0x3b8, 0x3d1, 0x1e9e, 0x1f80, 0x1f88, 0x1fbe, 0x2126, 0x3a9, 0x3c9, 0x212a, 0x212b, 0xa64b, 0x1c88, 0xab70, 0x13a0, 0xff21, 0xff41, 0x39c, 0x3bc];
var out = [];
for (var c of sample) {
  var re = new RegExp('^\\u' + c.toString(16).padStart(4, '0') + '$', 'i');
  out.push(c.toString(16) + ':' + sample.filter(function (d) { return re.test(String.fromCharCode(d)); }).map(function (d) { return d.toString(16); }).join('/'));
}
console.log(out.slice(0, 25).join(' '));
console.log(out.slice(25).join(' '));
// expect: 4b:4b/6b 6b:4b/6b 53:53/73 73:53/73 b5:b5/39c/3bc c5:c5/e5 e5:c5/e5 df:df ff:ff/178 130:130 131:131 49:49/69 69:49/69 17f:17f 178:ff/178 1c4:1c4/1c5/1c6 1c5:1c4/1c5/1c6 1c6:1c4/1c5/1c6 345:345/399/3b9/1fbe 390:390 399:345/399/3b9/1fbe 3b9:345/399/3b9/1fbe 3a3:3a3/3c3/3c2 3c3:3a3/3c3/3c2 3c2:3a3/3c3/3c2
// expect: 3d0:3d0/3b2/392 3b2:3d0/3b2/392 392:3d0/3b2/392 3f4:3f4 398:398/3b8/3d1 3b8:398/3b8/3d1 3d1:398/3b8/3d1 1e9e:1e9e 1f80:1f80 1f88:1f88 1fbe:345/399/3b9/1fbe 2126:2126 3a9:3a9/3c9 3c9:3a9/3c9 212a:212a 212b:212b a64b:a64b/1c88 1c88:a64b/1c88 ab70:ab70/13a0 13a0:ab70/13a0 ff21:ff21/ff41 ff41:ff21/ff41 39c:b5/39c/3bc 3bc:b5/39c/3bc
