const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
const a = <div>
  line one
  line two
</div>;
const b = <div>  leading and trailing  </div>;
const c = <div>
  {"expr"}   text after
    <span> inner </span>
</div>;
const d = <div>

</div>;
console.log(JSON.stringify([a, b, c, d]));
