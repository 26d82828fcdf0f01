declare const VERSION: string;
declare let mutable: number;
declare var legacyGlobal: any;
declare function external(x: number): void;
declare class Ext { method(): void }
declare namespace Lib { const x: number }
declare global { interface Window { custom: string } }
console.log(typeof (globalThis as any).VERSION, typeof (globalThis as any).Ext);
export {};
