function Item(props: { n: number }) { return props.n; }
console.log(JSON.stringify(<div id="a">one</div>));
console.log(JSON.stringify(<ul><li>a</li><li>b</li></ul>));
console.log(JSON.stringify(<Item n={1} key="k1" />));
console.log(JSON.stringify(<>x<b /></>));
