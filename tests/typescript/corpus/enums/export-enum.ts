import { Shade, shadeName } from "./_shades.ts";
console.log(Shade.Dark, shadeName(Shade.Light), Shade[0]);
