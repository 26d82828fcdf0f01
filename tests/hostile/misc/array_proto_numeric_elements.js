// Array.prototype with numeric elements shows through holes.
Array.prototype[1] = 'P';
Object.prototype[2] = 'O';
const a = [0, , , 3];
console.log(a.join(), a.length);
console.log(a.indexOf('P'), a.includes('O'), a.lastIndexOf('O'));
let seen = [];
a.forEach((v, i) => seen.push(i + '=' + v));
console.log(seen.join(' '));
console.log(JSON.stringify(a));
console.log([...a].join('|'));
console.log(Array.from(a).join('|'));
console.log(a.map(x => x + '!').join());
console.log(Object.keys(a).join());
const [, b, c] = a;
console.log(b, c);
console.log([].concat(a).hasOwnProperty(1));
console.log(a.slice(0, 3).hasOwnProperty(1));
console.log(a.filter(() => true).join());
const r = a.reverse();
console.log(r.join(), r.hasOwnProperty(2));
delete Array.prototype[1];
delete Object.prototype[2];
console.log([, ,].join('-'));
// expect: 0,P,O,3 4
// expect: 1 true 2
// expect: 0=0 1=P 2=O 3=3
// expect: [0,"P","O",3]
// expect: 0|P|O|3
// expect: 0|P|O|3
// expect: 0!,P!,O!,3!
// expect: 0,3
// expect: P O
// expect: true
// expect: true
// expect: 0,P,O,3
// expect: 3,O,P,0 true
// expect: -
