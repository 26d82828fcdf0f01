// big.js through require
const Big = require('big.js');
const x = new Big(0.1);
console.log(x.plus(0.2).toString(), 0.1 + 0.2);
console.log(new Big('123.4567').round(2).toString(), new Big('123.4567').toFixed(6));
console.log(new Big(2).pow(100).toString());
console.log(new Big(1).div(3).toString());
Big.DP = 40;
console.log(new Big(1).div(7).toString());
console.log(new Big('-0.000001').toExponential(3), new Big('98765').toPrecision(2));
console.log(new Big(5).cmp(3), new Big(5).eq('5.0'), new Big(5).lt(6), new Big('1e21').toString());
try {
  new Big('abc');
} catch (e) {
  console.log(e.name, e.message);
}
