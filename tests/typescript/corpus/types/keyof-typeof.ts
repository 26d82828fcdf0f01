const config = { host: "h", port: 1 };
type Config = typeof config;
type Keys = keyof Config;
type PortType = Config["port"];
const k: Keys = "port";
const p: PortType = 8;
let copy: typeof config = { ...config, port: p };
console.log(k, copy.port, typeof config, typeof copy.host);
