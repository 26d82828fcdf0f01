/** @jsxImportSource other-jsx */
console.log(<span a="1" b={2} />);
console.log(<span>{1}{2}{3}</span>);
