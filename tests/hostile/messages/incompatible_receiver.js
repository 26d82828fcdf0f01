// a method called on the wrong receiver names the receiver
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => WeakRef.prototype.deref.call(true));
report(() => WeakMap.prototype.get.call(false));
report(() => WeakSet.prototype.has.call(1));
report(() => Map.prototype.get.call('str'));
report(() => Set.prototype.has.call(undefined));
report(() => FinalizationRegistry.prototype.register.call(null));
report(() => Map.prototype.get.call({}));
// expect: TypeError: Method WeakRef.prototype.deref called on incompatible receiver true
// expect: TypeError: Method WeakMap.prototype.get called on incompatible receiver false
// expect: TypeError: Method WeakSet.prototype.has called on incompatible receiver 1
// expect: TypeError: Method Map.prototype.get called on incompatible receiver str
// expect: TypeError: Method Set.prototype.has called on incompatible receiver undefined
// expect: TypeError: Method FinalizationRegistry.prototype.register called on incompatible receiver null
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
