// uuid from ESM (its "node" / "import" conditions); random uuids print their shape, v3/v5 their values
import { v1, v3, v4, v5, validate, version, parse, stringify, NIL } from 'uuid';
const id = v4();
console.log(validate(id), version(id), id.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), v4() !== v4());
console.log(v5('hello world', v5.DNS), v5('https://example.com', v5.URL), v3('hello', v3.DNS));
const t = v1({ msecs: Date.UTC(2024, 1, 27), nsecs: 0, clockseq: 0x1234, node: [1, 2, 3, 4, 5, 6] });
console.log(t, version(t));
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(bytes.length, Array.from(bytes.slice(0, 4)).join(','), stringify(bytes));
console.log(validate('not-a-uuid'), validate(NIL), NIL);
const mine = v4({ random: Array.from({ length: 16 }, (_, i) => i * 17) });
console.log(mine);
