// marked from ESM
import { marked, Marked, Renderer, lexer } from 'marked';
const md = `# Title

Some *emphasis*, **strong**, \`code\` and a [link](https://example.com "t").

- one
- two
  1. nested

> quote

\`\`\`js
const x = 1 < 2;
\`\`\`

| a | b |
|---|:-:|
| 1 | 2 |
`;
console.log(marked.parse(md));
console.log(marked.parseInline('a **b** _c_ ~~d~~'));
console.log(lexer('# h\n\npara').map((t) => t.type).join(','));
const custom = new Marked({
  renderer: {
    heading(text, level) { return `<h${level} class="custom">${text}</h${level}>\n`; },
  },
});
console.log(custom.parse('## Hello *there*'));
console.log(marked.parse('<div>html</div>\n\nautolink https://x.org'), typeof Renderer);
