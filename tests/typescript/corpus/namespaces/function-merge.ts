function buildLabel(name: string): string {
  return buildLabel.prefix + name + buildLabel.suffix;
}
namespace buildLabel {
  export let prefix = "Hello, ";
  export const suffix = "!";
}
console.log(buildLabel("tsc"));
buildLabel.prefix = "Bye, ";
console.log(buildLabel("js"), buildLabel.length);
