const Modes = { Fast: "fast", Slow: "slow" } as const;
type Mode = (typeof Modes)[keyof typeof Modes];
function run(m: Mode) { return "running " + m; }
const tuple = [1, "two", true] as const;
console.log(run(Modes.Fast), tuple[1], Object.isFrozen(Modes));
