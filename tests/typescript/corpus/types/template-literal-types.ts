type Event = `on${"Click" | "Hover"}`;
type Route = `/${string}/${number}`;
type Upper = Uppercase<"abc">;
type Split<S extends string> = S extends `${infer A}.${infer B}` ? [A, ...Split<B>] : [S];
const ev: Event = "onClick";
const route: Route = "/users/3";
const u: Upper = "ABC";
console.log(ev, route, u, `${ev}-${u}`);
