let later!: number;
function init() {
  later = 42;
}
init();
console.log(later);
let a: number, b!: string, c: boolean = true;
a = 1; b = "two";
console.log(a, b, c);
