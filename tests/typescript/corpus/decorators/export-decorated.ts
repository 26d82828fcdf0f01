import { Widget } from "./_decorated-widget.ts";
console.log(new Widget().render(), (Widget as any).registered);
