const wait = (ms: number): Promise<string> => new Promise((r) => setTimeout(() => r("waited " + ms), ms));
const result: string = await wait(5);
console.log(result);
const { Circle } = await import("./_shapes.ts");
console.log(new Circle(3).area());
export {};
