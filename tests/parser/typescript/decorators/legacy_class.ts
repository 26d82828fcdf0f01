// legacy class decorators: called with the class, a returned class replaces it
const log = [];
function sealed(tag) {
  log.push("evaluate " + tag);
  return function (ctor) {
    log.push("apply " + tag + " " + ctor.name);
    return class extends ctor { sealedBy = tag; };
  };
}
function inspect(ctor) { log.push("inspect " + ctor.name + " " + ctor.instances); }
@sealed("outer") @inspect @sealed("inner")
class Box {
  static instances = 0;
  static self = Box;
  constructor(v) { this.v = v; Box.instances++; }
  static create(v) { return new Box(v); }
  who() { return Box; }
}
const b = Box.create(3);
console.log(log.join(" | "));
console.log(b.v, b.sealedBy, Box.instances, b.who() === Box, Box.self === Box, Box.name);
function none(ctor) { log.push("none"); }
@none class Plain { static x = 1; }
console.log(Plain.x, Plain.name, typeof Plain);
