// nanoid 5 is ESM only; random ids print their shape, customRandom with a seeded generator prints values
import { nanoid, customAlphabet, customRandom, urlAlphabet } from 'nanoid';
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]{21}$/.test(id), nanoid(10).length, nanoid() !== nanoid());
const hex = customAlphabet('0123456789abcdef', 8);
console.log(/^[0-9a-f]{8}$/.test(hex()), hex(4).length);
let seed = 42;
const seeded = customRandom('abcdefghij', 12, (size) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; bytes[i] = (seed >>> 16) & 0xff; }
  return bytes;
});
console.log(seeded(), seeded());
console.log(urlAlphabet.length, urlAlphabet.slice(0, 10));
