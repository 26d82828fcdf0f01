// immer from ESM
import { produce, enableMapSet, freeze, isDraft, original, current, produceWithPatches, enablePatches, applyPatches } from 'immer';
const base = { todos: [{ id: 1, text: 'learn', done: false }], meta: { count: 1 } };
const next = produce(base, (draft) => {
  draft.todos.push({ id: 2, text: 'ship', done: false });
  draft.todos[0].done = true;
  draft.meta.count += 1;
});
console.log(JSON.stringify(base));
console.log(JSON.stringify(next));
console.log(next === base, next.meta === base.meta, next.todos[1] === base.todos[1], Object.isFrozen(next), Object.isFrozen(next.todos[0]));
const same = produce(base, () => {});
console.log(same === base);
const toggled = produce((draft, id) => { const t = draft.todos.find((x) => x.id === id); t.done = !t.done; });
console.log(JSON.stringify(toggled(next, 2).todos.map((t) => t.done)));
produce(base, (draft) => {
  draft.meta.count = 99;
  console.log(isDraft(draft), original(draft.meta).count, JSON.stringify(current(draft.meta)));
});
enableMapSet();
const m = produce(new Map([['a', 1]]), (draft) => { draft.set('b', 2); draft.delete('a'); });
console.log(JSON.stringify([...m]));
enablePatches();
const [res, patches, inverse] = produceWithPatches({ x: 1, list: [1] }, (d) => { d.x = 2; d.list.push(3); });
console.log(JSON.stringify(res), JSON.stringify(patches), JSON.stringify(inverse));
console.log(JSON.stringify(applyPatches({ x: 1, list: [1] }, patches)));
try {
  next.meta.count = 5;
} catch (e) {
  console.log(e.constructor.name);
}
console.log(next.meta.count, freeze({ a: 1 }) && 'frozen');
