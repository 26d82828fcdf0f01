let v = 2
declare const g: number
(v as number) > 1 ? console.log("big") : console.log("small")
declare function h(): void
[v].forEach((n) => console.log("n", n))
