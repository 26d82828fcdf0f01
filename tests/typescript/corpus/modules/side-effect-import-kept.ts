import "./_types.ts";
import {} from "./_values.ts";
console.log("main runs after both");
