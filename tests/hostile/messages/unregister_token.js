// FinalizationRegistry unregister tokens are shown quoted as V8 does
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
var r = new FinalizationRegistry(() => {});
report(() => r.unregister(true));
report(() => r.unregister('text'));
report(() => r.unregister(1.5));
report(() => r.register({}, 'held', 10n));
var o = {};
report(() => r.register(o, o));
console.log(r.unregister({}));
// expect: TypeError: Invalid unregisterToken ('true')
// expect: TypeError: Invalid unregisterToken ('text')
// expect: TypeError: Invalid unregisterToken ('1.5')
// expect: TypeError: Invalid unregisterToken ('10')
// expect: TypeError: FinalizationRegistry.prototype.register: target and holdings must not be same
// expect: false
