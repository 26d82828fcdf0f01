enum Color { Red = 1, Green = 2 }
namespace Color {
  export function mix(a: Color, b: Color) { return a | b; }
}
namespace Color {
  export const names = ["Red", "Green"];
}
console.log(Color.mix(Color.Red, Color.Green), Color.names, Color[1]);
