// numbers in messages: -0 as 0, NaN, Infinity, exponents
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => new Map([-0]));
report(() => new Map([NaN]));
report(() => new Map([-Infinity]));
report(() => new Map([1e21]));
report(() => new Map([1.5e-7]));
report(() => Object.create(123456789012));
// expect: TypeError: Iterator value 0 is not an entry object
// expect: TypeError: Iterator value NaN is not an entry object
// expect: TypeError: Iterator value -Infinity is not an entry object
// expect: TypeError: Iterator value 1e+21 is not an entry object
// expect: TypeError: Iterator value 1.5e-7 is not an entry object
// expect: TypeError: Object prototype may only be an Object or null: 123456789012
