const config: { readonly name: string; size?: number; [key: string]: unknown } = {
  name: "cfg",
  extra: true,
};
function area(shape: { w: number; h: number }): number { return shape.w * shape.h; }
console.log(config.name, config.size, config.extra, area({ w: 3, h: 4 }));
