// A revoked proxy thrown: Node's inspect shows <Revoked Proxy>.
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy);
console.log([r.proxy, { p: r.proxy }]);
throw r.proxy;
// expect: <Revoked Proxy>
// expect: [ <Revoked Proxy>, { p: <Revoked Proxy> } ]
// expect uncaught: <Revoked Proxy>
