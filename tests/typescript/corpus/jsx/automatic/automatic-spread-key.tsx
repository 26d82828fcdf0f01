const props = { a: 1, key: "from-spread" };
console.log(JSON.stringify(<p {...props} />));
console.log(JSON.stringify(<p key="explicit" {...{ b: 2 }} />));
console.log(JSON.stringify(<p {...{ c: 3 }} key="after" />));
