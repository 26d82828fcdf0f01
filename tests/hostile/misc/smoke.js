console.log(1 + 1);
// expect: 2
