console.log("never printed");
class C {
  method(): number {
    return 1;
  }
  field: string =;
}
