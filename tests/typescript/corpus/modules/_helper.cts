function greet(name: string): string { return "hi " + name; }
export = { greet };
