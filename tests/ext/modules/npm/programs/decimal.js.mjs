// decimal.js from ESM (the "import" condition: decimal.mjs)
import Decimal from 'decimal.js';
console.log(new Decimal(0.1).plus(0.2).toString());
console.log(new Decimal(2).sqrt().toString());
Decimal.set({ precision: 50 });
console.log(Decimal.sqrt(2).toString());
console.log(new Decimal(1).div(3).toFixed(10), new Decimal('1e-7').toString(), new Decimal('12345.6789').toSignificantDigits(3).toString());
console.log(Decimal.pow(2, 0.5).toString().slice(0, 20), new Decimal(10).log(2).toFixed(15), new Decimal('-3.7').floor().toString());
console.log(new Decimal('0.1').mul(3).eq(new Decimal('0.3')), Decimal.max(1, '7', 3.5).toString(), new Decimal(255).toHex(), new Decimal('0b1011').toNumber());
console.log(Decimal.acos(-1).toString());
