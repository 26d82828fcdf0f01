function Row(props: { label: string }) { return props.label; }
console.log(<div>one</div>);
const list = (
  <ul>
    <li key="a">a</li>
    {["b"].map((x) => <li key={x}>{x}</li>)}
  </ul>
);
console.log(list);
    console.log(<Row label="r" />, <>frag</>);
