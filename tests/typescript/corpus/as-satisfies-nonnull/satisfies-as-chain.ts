const conf = { port: 8080, host: "x" } satisfies { port: number; host: string } as { port: number };
const v = (1 as unknown) satisfies unknown as number;
console.log(conf.port, v);
const fns = [(x: number) => x + 1] satisfies Array<(x: number) => number>;
console.log(fns[0](1));
