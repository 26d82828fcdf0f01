// Numbers at the edges of the double range and conversions of huge integers: to fixed precision exponential huge (expectations from Node 20).
// expect: 1e+308
// expect: 100000000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
// expect: 1.000000000000000010979063629440455417404923096773118463368106829031575854049114915371633289784946889e+308
// expect: 1.0000000000000000109790636294404554174049230967731184633681068290315758540491149153716332897849468890e+308
// expect: 4.94e-324
// expect: RangeError: toFixed() digits argument must be between 0 and 100
// expect: RangeError: toPrecision() argument must be between 1 and 100
// expect: RangeError: toExponential() argument must be between 0 and 100
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => (1e308).toFixed(2))
t(() => (1e20).toFixed(100))
t(() => (1e308).toPrecision(100))
t(() => (1e308).toExponential(100))
t(() => (5e-324).toPrecision(3))
t(() => (1).toFixed(Infinity))
t(() => (1).toPrecision(-Infinity))
t(() => (1).toExponential(1e300))
