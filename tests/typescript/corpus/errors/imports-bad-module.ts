console.log("never printed");
import { helper } from "./_bad-module.ts";
helper();
