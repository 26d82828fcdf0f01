// ms through require
const ms = require('ms');
console.log(ms('2 days'), ms('1d'), ms('10h'), ms('2.5 hrs'), ms('2h'), ms('1m'), ms('5s'), ms('1y'), ms('100'), ms('-3 days'), ms('-1h'), ms('-200'));
console.log(ms(60000), ms(2 * 60000), ms(-3 * 60000), ms(ms('10 hours')), ms(1500), ms(0));
console.log(ms(60000, { long: true }), ms(2 * 60000, { long: true }), ms(ms('10 hours'), { long: true }), ms(86400000 * 3, { long: true }));
console.log(ms('garbage'));
try {
  ms({});
} catch (e) {
  console.log(e.message);
}
