interface Config { debug: boolean }
const Config = { debug: false, create(): Config { return { debug: true }; } };
type Named = { n: string };
function Named(n: string): Named { return { n }; }
console.log(Config.create().debug, Config.debug, Named("nm").n);
