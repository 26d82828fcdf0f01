// A revoked proxy as an unhandled rejection.
const r = Proxy.revocable([], {});
r.revoke();
Promise.reject(r.proxy);
// expect uncaught: <Revoked Proxy>
