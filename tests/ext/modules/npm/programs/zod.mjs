// zod from ESM
import { z } from 'zod';
const User = z.object({
  name: z.string().min(2),
  email: z.string().email(),
  age: z.number().int().nonnegative().optional(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).max(3),
});
console.log(JSON.stringify(User.parse({ name: 'Ada', email: 'ada@example.com', tags: [] })));
const bad = User.safeParse({ name: 'A', email: 'nope', age: -1.5, role: 'root', tags: ['a', 'b', 'c', 'd'] });
console.log(bad.success);
for (const issue of bad.error.issues) console.log(issue.path.join('.'), issue.code, issue.message);
console.log(JSON.stringify(bad.error.flatten().fieldErrors));
const Shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('circle'), r: z.number() }), z.object({ kind: z.literal('square'), side: z.number() })]);
console.log(JSON.stringify(Shape.parse({ kind: 'square', side: 2 })), Shape.safeParse({ kind: 'tri' }).success);
const Coerced = z.coerce.number().transform((n) => n * 2).pipe(z.number().max(100));
console.log(Coerced.parse('21'), Coerced.safeParse('99').success);
const Pair = z.tuple([z.string(), z.number()]).rest(z.boolean());
console.log(JSON.stringify(Pair.parse(['a', 1, true, false])), z.string().uuid().safeParse('6ba7b810-9dad-11d1-80b4-00c04fd430c8').success);
const Rec = z.record(z.string(), z.union([z.number(), z.null()])).refine((r) => Object.keys(r).length > 0, { message: 'empty' });
console.log(JSON.stringify(Rec.safeParse({}).error.issues.map((i) => i.message)), JSON.stringify(Rec.parse({ a: 1, b: null })));
try {
  z.string().parse(42);
} catch (e) {
  console.log(e instanceof z.ZodError, e.issues[0].message);
}
