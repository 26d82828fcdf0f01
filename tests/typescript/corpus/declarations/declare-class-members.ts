declare class Shape { area(): number; static count: number }
abstract class Base { abstract id(): string; }
export declare abstract class Exported { m(): void }
class Real extends Base { id() { return "real"; } }
console.log(new Real().id(), typeof (globalThis as any).Shape);
