enum Color { Red, Green, Blue }
console.log(Color.Red, Color.Green, Color.Blue);
console.log(Object.keys(Color));
