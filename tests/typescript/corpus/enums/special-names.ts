enum Odd { "with space" = 1, "quoted-name" = 2, 'single' = 3, constructor = 4, __proto__ = 5 }
console.log(Odd["with space"], Odd["quoted-name"], Odd.single, Odd.constructor, Odd[2]);
console.log(Object.keys(Odd).length);
