console.log(typeof require)
