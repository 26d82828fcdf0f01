import Counter from "./_counter";
import * as Star from "./_counter";
console.log(Counter.next(), typeof Star);
