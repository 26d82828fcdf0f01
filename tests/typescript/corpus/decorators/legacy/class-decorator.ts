function Component(name: string) {
  return function <T extends { new (...args: any[]): {} }>(ctor: T) {
    console.log("component", name, ctor.name);
    return class extends ctor { componentName = name; };
  };
}
@Component("app")
class App { x = 1; }
const a = new App() as any;
console.log(a.x, a.componentName);
