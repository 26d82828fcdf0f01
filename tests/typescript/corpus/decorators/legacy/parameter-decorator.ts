const params: string[] = [];
function inject(token: string) {
  return (target: any, key: string | undefined, index: number) => {
    params.push(`${token}@${String(key)}#${index}`);
  };
}
class Svc {
  constructor(@inject("db") db: unknown, @inject("log") log: unknown) {}
  run(@inject("arg") a: number) { return a; }
}
console.log(params.join(" "), new Svc(1, 2).run(5));
