// jsx: react
// JSX text as a child: lines trimmed and joined by one space, white-space lines with a
// line break dropped, character references decoded after trimming.
const React = {createElement: (type, props, ...children) => children, Fragment: 'F'};
const show = (v) => console.log(JSON.stringify(v));
show(<a>  </a>);
show(<a>  lead and trail  </a>);
show(<a>
</a>);
show(<a>
  one line
</a>);
show(<a>
  line one
     line two   
  line three
</a>);
show(<a>first   
  second</a>);
show(<a>
  &nbsp;spaces kept&nbsp;
</a>);
show(<a>  &#32;  </a>);
show(<a>
  &#32;
</a>);
show(<a>tab	inside	</a>);
show(<a>
	tabbed line
</a>);
show(<a>text {1} text {2}
  more</a>);
show(<a>
  {1}
  {2}
</a>);
show(<a>  {1}  </a>);
show(<a>&lt;tag&gt; &quot;q&quot; &apos;a&apos; &copy; &euro; &hearts; &#x1F600; &#128512;</a>);
show(<a>&amp &nope; &#xZZ; &#X41; &#65</a>);
show(<a>a&nbsp;
  &nbsp;b</a>);
// expect: ["  "]
// expect: ["  lead and trail  "]
// expect: []
// expect: ["one line"]
// expect: ["line one line two line three"]
// expect: ["first second"]
// expect: [" spaces kept "]
// expect: ["     "]
// expect: [" "]
// expect: ["tab\tinside\t"]
// expect: ["tabbed line"]
// expect: ["text ",1," text ",2,"more"]
// expect: [1,2]
// expect: ["  ",1,"  "]
// expect: ["<tag> \"q\" 'a' © € ♥ 😀 😀"]
// expect: ["&amp &nope; &#xZZ; &#X41; &#65"]
// expect: ["a   b"]
