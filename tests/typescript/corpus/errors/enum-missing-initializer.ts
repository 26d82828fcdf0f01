console.log("never printed");
enum Color { Red, Green = , Blue }
