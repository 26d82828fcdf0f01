type Fish = { swim(): string };
type Bird = { fly(): string };
function isFish(p: Fish | Bird): p is Fish { return "swim" in p; }
class Cat { isCat(): this is Cat { return true; } }
const pets: (Fish | Bird)[] = [{ swim: () => "swims" }, { fly: () => "flies" }];
for (const p of pets) console.log(isFish(p) ? p.swim() : p.fly());
const only = pets.filter((p): p is Fish => isFish(p));
console.log(only.length, new Cat().isCat());
