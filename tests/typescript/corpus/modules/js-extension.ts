import { double, answer } from "./_values.js";
import Greeter from "./_values.js";
console.log(double(answer), new Greeter().greet("js ext"));
