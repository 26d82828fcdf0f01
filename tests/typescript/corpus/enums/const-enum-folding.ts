const enum Bits { One = 1, Two = One << 1, Four = Two << 1, All = One | Two | Four }
console.log(Bits.All, Bits.Four, Bits["Two"]);
let mask = Bits.One | Bits.Four;
console.log(mask, (mask & Bits.Two) === 0);
