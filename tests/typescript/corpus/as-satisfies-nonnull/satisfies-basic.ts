type Colors = Record<string, [number, number, number] | string>;
const palette = {
  red: [255, 0, 0],
  green: "#00ff00",
} satisfies Colors;
const num = 3 satisfies number;
console.log(palette.green.toUpperCase(), palette.red[0], num);
console.log(({ k: 1 } satisfies { k: number }).k);
