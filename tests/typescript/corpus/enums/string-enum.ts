enum Dir { Up = "UP", Down = "DOWN" }
console.log(Dir.Up, Dir["Down"], (Dir as any)["UP"]);
console.log(JSON.stringify(Dir));
