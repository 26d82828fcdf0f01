enum Nums { Neg = -1, Zero, Half = 0.5, NextAfterHalf = Half + 1, Inf = 1 / 0, Nan = 0 / 0 }
console.log(Nums.Neg, Nums.Zero, Nums.Half, Nums.NextAfterHalf, Nums.Inf, Nums.Nan);
console.log(Nums[-1], Nums[0.5], Nums["Infinity"], Object.keys(Nums).length);
