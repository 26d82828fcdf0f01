import Greeter, { double } from "./_values.ts";
console.log(double(21), new Greeter().greet("ts ext"));
