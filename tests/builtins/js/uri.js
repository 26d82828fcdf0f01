// 19.2.6 URI handling and B.2.1 escape / unescape
console.log(encodeURIComponent('a b/é😀?'), encodeURI('http://x.y/a b?q=1#f'));
// expect: a%20b%2F%C3%A9%F0%9F%98%80%3F http://x.y/a%20b?q=1#f
console.log(decodeURIComponent('%F0%9F%98%80%2F'), decodeURI('%2F%41%23'));
// expect: 😀/ %2FA%23
for (const bad of ['%', '%C3', '%C3%28', '%ED%A0%80', '%C0%80', '%FF']) {
  try { decodeURIComponent(bad); console.log('no error', bad); } catch (e) { console.log(e.name); }
}
// expect: URIError
// expect: URIError
// expect: URIError
// expect: URIError
// expect: URIError
// expect: URIError
try { encodeURIComponent('\uD800'); } catch (e) { console.log(e.name, e.message); }
// expect: URIError URI malformed
console.log(escape('a b+\u0100'), unescape('%u0041%41%zz%'));
// expect: a%20b+%u0100 AA%zz%
