enum Fruit { Apple, Banana }
enum Fruit { Cherry = 2, Date }
console.log(Fruit.Apple, Fruit.Cherry, Fruit.Date, Fruit[3]);
console.log(Object.keys(Fruit).join(","));
