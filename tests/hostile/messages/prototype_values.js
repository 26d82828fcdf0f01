// Object.create and setPrototypeOf name the refused prototype; defineProperty the refused descriptor
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => Object.create(true));
report(() => Object.create(1));
report(() => Object.setPrototypeOf({}, 'x'));
report(() => Reflect.setPrototypeOf({}, 2));
report(() => Object.defineProperty({}, 'x', true));
report(() => Object.defineProperties({}, {x: 1}));
report(() => Object.create({}, {y: 'z'}));
// expect: TypeError: Object prototype may only be an Object or null: true
// expect: TypeError: Object prototype may only be an Object or null: 1
// expect: TypeError: Object prototype may only be an Object or null: x
// expect: TypeError: Object prototype may only be an Object or null: 2
// expect: TypeError: Property description must be an object: true
// expect: TypeError: Property description must be an object: 1
// expect: TypeError: Property description must be an object: z
