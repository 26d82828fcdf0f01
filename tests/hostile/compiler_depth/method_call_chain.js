// A 3000-call method chain `o.m().m()...` (this kept along the chain).
var n = 0;
var o = {m() { n++; return this }};
console.log(eval('o' + '.m()'.repeat(3000)) === o, n);

// expect: true 3000
