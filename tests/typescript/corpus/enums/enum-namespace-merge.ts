enum Level { Low, High }
namespace Level {
  export function parse(s: string): Level { return s === "high" ? Level.High : Level.Low; }
  export const DEFAULT = Level.Low;
}
console.log(Level.parse("high"), Level.DEFAULT, typeof Level.parse, Level[1]);
