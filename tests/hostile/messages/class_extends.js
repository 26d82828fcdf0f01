// class extends a value that is not a constructor: the value as V8 prints it
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => { class A extends true {} });
report(() => { class A extends 5 {} });
report(() => { class A extends 'text' {} });
report(() => { class A extends Symbol.iterator {} });
report(() => { class A extends {} {} });
report(() => { class A extends [] {} });
report(() => { class A extends (() => 1) {} });
report(() => { class A extends new Error('m') {} });
report(() => { class A extends Object.create(null) {} });
report(() => { class Foo {} class A extends new Foo() {} });
report(() => { class A extends Math {} });
// expect: TypeError: Class extends value true is not a constructor or null
// expect: TypeError: Class extends value 5 is not a constructor or null
// expect: TypeError: Class extends value text is not a constructor or null
// expect: TypeError: Class extends value Symbol(Symbol.iterator) is not a constructor or null
// expect: TypeError: Class extends value #<Object> is not a constructor or null
// expect: TypeError: Class extends value [object Array] is not a constructor or null
// expect: TypeError: Class extends value () => 1 is not a constructor or null
// expect: TypeError: Class extends value Error: m is not a constructor or null
// expect: TypeError: Class extends value [object Object] is not a constructor or null
// expect: TypeError: Class extends value #<Foo> is not a constructor or null
// expect: TypeError: Class extends value #<Object> is not a constructor or null
