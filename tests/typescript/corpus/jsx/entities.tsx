const React = { createElement: (t: any, p: any, ...c: any[]) => ({ t, p, c }) };
const e = <p title="a &amp; b &quot;q&quot;">&lt;tag&gt; &amp; &copy; &nbsp;x &#65;&#x42; &hearts; &notanentity;</p>;
console.log(JSON.stringify(e));
console.log(JSON.stringify(<q a='single &apos;s&apos;'>{"&amp; in a string"}</q>));
