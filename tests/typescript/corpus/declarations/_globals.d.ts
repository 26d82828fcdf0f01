declare const GLOBAL_FLAG: boolean;
interface Window { extra: number }
