// jsx: react-jsx
// Generated: 400 random elements (names, attributes, text, entities, comments, spreads,
// nesting); the expected lines are what tsc's output printed under Node.
export {};
const typeName = (t) => typeof t === 'string' ? t : (t && t.name) || String(t);
const React = {createElement: (t, p, ...c) => ({t: typeName(t), p, c}), Fragment: function Fragment() {}};
function Foo() {} const A = {B: function B() {}}; const a = {b: {c: function C() {}}};
const x = 'X', p = {q: 1}, xs = [1, 2], f = (v) => ['f', v], q = 1;
const show = (v) => console.log(JSON.stringify(v));
try { show(<Foo /* c */ on-Click b="&lt;" key/>) } catch (e) { console.log("E", e.name); }
try { show(<a><svg:rect></svg:rect>{f(<b/>)}
  {"}"}</a>) } catch (e) { console.log("E", e.name); }
try { show(<Foo>😀</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<a
 key={{a: 1}}>a &amp; b<x-y>{/* c */}<div><this.x {...f()} /* c */ xlink:href=<e z/> /* c */ key="'"/></div><div>{'<'}<svg:rect {...p} /* c */ b /></div>a &amp; b</x-y>  
	 z</a>) } catch (e) { console.log("E", e.name); }
try { show(<>{a ? <c/> : null}<A.B
 key={<q/>} data-x b={[1]}>hi</A.B>😀</>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c /* c */ {...f()}></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 key="'" data-x
 xlink:href></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<>{/* c */}</>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ xlink:href="a
b">  
	 z<this.x xlink:href /* c */ data-x="v" />😀</div>) } catch (e) { console.log("E", e.name); }
try { show(<A.B>{f(<b/>)}a &amp; b</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c /* c */ data-x=<e />>  
	 z</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a>&nbsp;<a.b.c data-x="'" key="v"><></><x-y xlink:href='v' /* c */ key="v" /* c */ data-x /></a.b.c><>{/* c */}😀hi</></a>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...p}/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 data-x='v' /* c */ key="'">
  {x}<a on-Click>ä{(y) => <i>{y}</i>}{1 + 2}<> </></a>{(y) => <i>{y}</i>}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 key='&#x41;' xlink:href={<q/>}>{}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 xlink:href><a.b.c
 {...p}></a.b.c></div>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ data-x=<e z/>>a &amp; b <>{x}😀{(y) => <i>{y}</i>}</></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<div xlink:href/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ xlink:href=<e z/> on-Click='&#x41;'
 b={{a: 1}}/>) } catch (e) { console.log("E", e.name); }
try { show(<div xlink:href={x} /* c */ {...{a}}>😀{a ? <c/> : null}{x}</div>) } catch (e) { console.log("E", e.name); }
try { show(<x-y>a &amp; b<x-y
 data-x='"'
 xlink:href=<e />/></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<x-y key={[1]} /* c */ key=<e z/> /* c */ data-x="a
b"/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<>{x}x
 y 
</>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ key="&lt;" />) } catch (e) { console.log("E", e.name); }
try { show(<><a.b.c {...p}></a.b.c> </>) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ b=<e z/>>hi</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ on-Click="&lt;" /* c */ {...{a}}>&nbsp;{x}<svg:rect /* c */ on-Click=<e />><x-y/>{1 + 2}  
	 z{'<'}</svg:rect></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<>{x}</>) } catch (e) { console.log("E", e.name); }
try { show(<div></div>) } catch (e) { console.log("E", e.name); }
try { show(<this.x data-x=<e /> key={[1]}></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<A.B>
  </A.B>) } catch (e) { console.log("E", e.name); }
try { show(<A.B key='"'></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ key='"'
 on-Click=<e />></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a
 on-Click
 {...p}> </a>) } catch (e) { console.log("E", e.name); }
try { show(<><><x-y
 data-x="v"
 key={{a: 1}} /* c */ xlink:href></x-y><><><A.B
 key /* c */ key/></>hi</></><Foo
 xlink:href='v'><svg:rect /* c */ key>{a ? <c/> : null}</svg:rect>{(y) => <i>{y}</i>}  
	 z</Foo></>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 xlink:href={[1]} /* c */ key="'"/>) } catch (e) { console.log("E", e.name); }
try { show(<>{...xs}<this.x data-x='v' b="a
b" on-Click="&lt;">😀&#65;hi</this.x>{"}"}</>) } catch (e) { console.log("E", e.name); }
try { show(<Foo data-x="'">{a ? <c/> : null}<a key='&#x41;'></a>😀</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x data-x="v">hi
  hi</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ key="v" />) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 on-Click="v" key='"'
 data-x={[1]}>x
 y 
<a
 {...p} /><a /* c */ key='v' on-Click=<e />/>a &amp; b</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 on-Click
 data-x={[1]}></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<Foo on-Click="&lt;"
 b xlink:href="v">
  </Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x><this.x xlink:href /><>&#65;</><a key="&lt;"
 key="v" /* c */ key='v'>hi <A.B /* c */ xlink:href
 on-Click="v"/></a></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<><A.B
 key xlink:href /* c */ on-Click=<e />>{"}"}a &amp; b</A.B>
   </>) } catch (e) { console.log("E", e.name); }
try { show(<this.x {...p}
 data-x={x}>
  {"}"}<div
 xlink:href="a
b"
 data-x={[1]}/></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 xlink:href>{'<'}<a/><a data-x /* c */ {...p}>{f(<b/>)}{a ? <c/> : null}</a><a>hi
  &#65;ä</a></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<a
 data-x={{a: 1}} key="'"/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo>{}<svg:rect><a /* c */ key {...p}></a>{/* c */}{f(<b/>)}hi</svg:rect>{'<'}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect><a.b.c b='v'
 data-x='"'/><a {...f()} data-x={[1]} /* c */ key=<e />></a></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 data-x /* c */ data-x=<e /> /* c */ b=<e z/> />) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 key={[1]} /* c */ on-Click="'" on-Click>&nbsp;<Foo
 data-x
 b='"' /* c */ b='v'></Foo><div>{f(<b/>)} <div {...{a}}>{`t${1}`}</div></div></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<>{a ? <c/> : null}&nbsp;</>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 key='v'>{/* c */}a &amp; b
  {a ? <c/> : null}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 on-Click />) } catch (e) { console.log("E", e.name); }
try { show(<this.x />) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 {...p}
 b="'"/>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ {...f()}
 b={<q/>} />) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c/>) } catch (e) { console.log("E", e.name); }
try { show(<a />) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 on-Click={<q/>} />) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ b/>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 {...f()} /* c */ {...f()} /* c */ on-Click='&#x41;'><></></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<x-y {...p}>a &amp; b</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ xlink:href="v"><><this.x {...p}></this.x>&#65;<svg:rect
 data-x={x} /* c */ xlink:href><a.b.c
 data-x="'">{(y) => <i>{y}</i>}{x}{`t${1}`}{a ? <c/> : null}</a.b.c></svg:rect></><div b/>
  </svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a/>) } catch (e) { console.log("E", e.name); }
try { show(<a>😀<>a &amp; bhiä</></a>) } catch (e) { console.log("E", e.name); }
try { show(<>{f(<b/>)}ä</>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 xlink:href="a
b"
 xlink:href>{a ? <c/> : null}{x}<></>hi</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<x-y>hi{a ? <c/> : null}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a></a>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ on-Click="a
b" /* c */ {...p} /* c */ data-x="v"></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<div
 key /* c */ b>😀{}</div>) } catch (e) { console.log("E", e.name); }
try { show(<x-y on-Click='&#x41;' xlink:href="&lt;"
 xlink:href={<q/>}>{f(<b/>)}ä</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 on-Click="&lt;"><a.b.c data-x="a
b"></a.b.c></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 data-x>{`t${1}`} </div>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect key /* c */ xlink:href="'" on-Click></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect on-Click={<q/>} /* c */ b
 xlink:href='&#x41;'>x
 y 
<A.B
 on-Click='"' /* c */ data-x={{a: 1}} key="v"/>a &amp; b</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ key="v" /* c */ xlink:href=<e z/>
 key={<q/>}> </div>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c />) } catch (e) { console.log("E", e.name); }
try { show(<a>{'<'}&#65;&#65;</a>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 data-x="v" /* c */ on-Click /* c */ data-x="a
b">{a ? <c/> : null}<this.x key="a
b"
 key={x}>ä  
	 z</this.x>{"}"}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 {...p}><>{x}{`t${1}`}</><A.B>  
	 z</A.B></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 data-x=<e />><x-y /* c */ b="'" /* c */ {...p}
 data-x='"'></x-y>{f(<b/>)}<Foo />{"}"}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 b='v' /* c */ b="v" /* c */ xlink:href></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<this.x key="&lt;">😀{`t${1}`}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 xlink:href={{a: 1}}
 key=<e z/> /* c */ {...{a}}><a.b.c b={x}
 key={x}></a.b.c>a &amp; b<a /* c */ on-Click /* c */ b /* c */ data-x={x}></a></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<div><A.B xlink:href='v'
 on-Click={x}> <svg:rect key /* c */ data-x={[1]}
 b='&#x41;'>{}</svg:rect>ä{1 + 2}</A.B></div>) } catch (e) { console.log("E", e.name); }
try { show(<div
 on-Click/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c /* c */ xlink:href=<e z/>><></>hi</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<div
 on-Click="&lt;"
 xlink:href={{a: 1}} /* c */ key={<q/>}/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 key="a
b" /* c */ xlink:href="v" /* c */ {...{a}}></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<A.B key="&lt;"
 b="a
b"
 data-x="v"/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ key={{a: 1}} /* c */ on-Click>a &amp; bhi{...xs}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<A.B>{(y) => <i>{y}</i>}<x-y /* c */ xlink:href='&#x41;'
 on-Click='v' b="&lt;">&nbsp;😀</x-y><this.x key="v" b="a
b"/></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<><this.x
 {...{a}} /></>) } catch (e) { console.log("E", e.name); }
try { show(<Foo data-x="'" b>{1 + 2}<div/>{'<'}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<Foo data-x="&lt;" xlink:href
 on-Click></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x />) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ b={[1]}
 key="v">a &amp; b<a /* c */ {...p} on-Click
 {...{a}}><this.x
 key=<e /> /* c */ xlink:href="&lt;"><Foo key="&lt;" on-Click
 data-x="a
b">{...xs}😀</Foo></this.x>ä<A.B/></a><A.B xlink:href>&#65;</A.B></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 on-Click />) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 data-x={<q/>}><div><Foo /* c */ b="v">{x}{/* c */}ä<a
 xlink:href xlink:href xlink:href></a></Foo>  
	 z<><a.b.c /* c */ b=<e z/> {...{a}} /* c */ on-Click/><Foo on-Click="v"/></></div></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href='v'></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href='v' data-x /* c */ data-x={<q/>}><a /* c */ on-Click='&#x41;' b="a
b"
 xlink:href='&#x41;'><svg:rect><x-y /* c */ xlink:href={x} /* c */ xlink:href
 b="&lt;" /></svg:rect><a /><a/>{x}</a>&#65;
  </this.x>) } catch (e) { console.log("E", e.name); }
try { show(<>&nbsp;{f(<b/>)}</>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 xlink:href={<q/>} /* c */ on-Click />) } catch (e) { console.log("E", e.name); }
try { show(<x-y xlink:href='"' /* c */ key="'"
 xlink:href />) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect><a.b.c
 data-x="a
b" data-x=<e /> /* c */ {...f()} /></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>{'<'}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ key
 data-x=<e z/>></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...p}
 xlink:href=<e />
 {...{a}}>😀{}</div>) } catch (e) { console.log("E", e.name); }
try { show(<a
 data-x='&#x41;'
 key=<e z/> /* c */ xlink:href="a
b"><x-y xlink:href /* c */ {...f()}
 key='&#x41;'>&nope;ähi</x-y>{(y) => <i>{y}</i>}x
 y 
x
 y 
</a>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 key='&#x41;'>😀<> <div /* c */ on-Click="'" /* c */ xlink:href>{`t${1}`}</div></>{x}{"}"}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<a>&#65; {'<'}
  </a>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ on-Click/>) } catch (e) { console.log("E", e.name); }
try { show(<div/>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ b='&#x41;' on-Click={{a: 1}} xlink:href={{a: 1}} />) } catch (e) { console.log("E", e.name); }
try { show(<div key='v' key="v">a &amp; b&nbsp;<this.x
 key={x} on-Click={<q/>}><x-y />hi<a.b.c>ä {/* c */}</a.b.c></this.x>{}</div>) } catch (e) { console.log("E", e.name); }
try { show(<A.B xlink:href='&#x41;' data-x="&lt;"></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 data-x=<e />
 key="'" /* c */ {...{a}}>  
	 z{a ? <c/> : null}{...xs}{/* c */}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect {...f()}><svg:rect>hi {`t${1}`}ä</svg:rect><><x-y></x-y>
  </><a.b.c
 data-x=<e z/> xlink:href
 key />ä</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<>&nbsp;<a key={<q/>}
 b /* c */ data-x="&lt;">x
 y 
{"}"}hiä</a></>) } catch (e) { console.log("E", e.name); }
try { show(<a></a>) } catch (e) { console.log("E", e.name); }
try { show(<>&nope;<><x-y /* c */ key
 {...f()}>{'<'}{}{f(<b/>)}</x-y>{`t${1}`}😀</></>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ b="&lt;">ä
  {...xs}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<x-y key='v'>{f(<b/>)}<> </></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ {...p} />) } catch (e) { console.log("E", e.name); }
try { show(<>hi<div
 {...{a}}
 xlink:href='"'/>  
	 z</>) } catch (e) { console.log("E", e.name); }
try { show(<this.x><div
 on-Click='"' b="a
b" /* c */ xlink:href={<q/>}/>x
 y 
</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<A.B {...f()} xlink:href>ä<a.b.c /* c */ {...p}/></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect>{f(<b/>)}<div /* c */ data-x="'">hi<x-y on-Click /* c */ xlink:href='v'><div data-x={<q/>}
 key="a
b" /* c */ b>{(y) => <i>{y}</i>}<svg:rect/><A.B
 data-x='"'
 b='v' key={x} />{}</div>a &amp; b{}a &amp; b</x-y>a &amp; b</div>{1 + 2}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<A.B />) } catch (e) { console.log("E", e.name); }
try { show(<x-y b='&#x41;' /* c */ {...p}
 key={<q/>}>{1 + 2}{(y) => <i>{y}</i>}ä
  </x-y>) } catch (e) { console.log("E", e.name); }
try { show(<x-y on-Click b='"' on-Click>
  {1 + 2}{`t${1}`}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 xlink:href={x}></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c xlink:href=<e />
 on-Click='v' {...{a}}>&nbsp;{x}{1 + 2}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ {...p}>{a ? <c/> : null}<><this.x></this.x>&nbsp;</></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect key={[1]} {...f()} on-Click="&lt;">{x}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 key={{a: 1}}
 on-Click
 b="&lt;">
  <>😀<Foo></Foo><div
 data-x=<e /> /* c */ xlink:href><svg:rect xlink:href={[1]} /* c */ data-x="&lt;">hi</svg:rect><svg:rect
 xlink:href={<q/>} /* c */ xlink:href /* c */ on-Click="a
b"/>{1 + 2}{a ? <c/> : null}</div></>{...xs}x
 y 
</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...{a}} /* c */ data-x /* c */ b="&lt;" />) } catch (e) { console.log("E", e.name); }
try { show(<A.B/>) } catch (e) { console.log("E", e.name); }
try { show(<a />) } catch (e) { console.log("E", e.name); }
try { show(<a
 b='&#x41;'></a>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>{/* c */}x
 y 
<><svg:rect
 {...{a}} /* c */ xlink:href={x}>hi
  </svg:rect>{1 + 2}</></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 on-Click='&#x41;' on-Click={{a: 1}} xlink:href={[1]}>{(y) => <i>{y}</i>}<A.B /* c */ xlink:href='v'
 key /></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<x-y {...p} on-Click data-x={{a: 1}}><Foo>{...xs}</Foo>&nope;</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect b="v" /* c */ b={[1]} /* c */ {...p}><x-y /><a.b.c
 xlink:href=<e z/>>&nbsp;<A.B
 xlink:href="v">ä</A.B>{...xs}</a.b.c>hi</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<x-y key=<e />
 {...f()}/>) } catch (e) { console.log("E", e.name); }
try { show(<a
 xlink:href/>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect><a b=<e />/>{1 + 2}<>   
	 z</></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect/>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...{a}} {...f()}/>) } catch (e) { console.log("E", e.name); }
try { show(<>hihi</>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c b="'" /* c */ xlink:href="'">&nope;{}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 b=<e /> /* c */ xlink:href='&#x41;' /* c */ data-x={<q/>}></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a>ä{'<'}&nbsp;ä</a>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c key=<e z/> /* c */ on-Click
 xlink:href={x}>{"}"}<this.x /* c */ on-Click={<q/>} on-Click>{/* c */}</this.x>
  ä</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a
 key="v"
 xlink:href>😀{...xs}</a>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 {...{a}} /* c */ data-x='&#x41;' data-x>{"}"}&nope;<x-y></x-y>{a ? <c/> : null}</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 key="v" /* c */ b={<q/>} />) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>&#65;<A.B on-Click="&lt;" /* c */ on-Click> </A.B>  
	 z</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ b=<e /> /* c */ key={[1]}
 {...p}>hi{`t${1}`}{x}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 b=<e /> on-Click=<e />/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y data-x=<e z/>
 {...f()} /* c */ on-Click='v'></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 b {...f()} />) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ {...{a}}
 key="'" /* c */ data-x="&lt;" />) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 {...p}>{/* c */} {"}"}<><x-y
 {...p} key /* c */ data-x></x-y></></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<this.x {...f()}>ä<Foo /* c */ b="'"/><A.B /* c */ b='&#x41;' key
 on-Click=<e z/>>&#65;</A.B></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ {...p}>{`t${1}`}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 data-x>&nope;a &amp; b<div
 key="v" xlink:href='&#x41;'></div></div>) } catch (e) { console.log("E", e.name); }
try { show(<this.x xlink:href={x} /* c */ b={{a: 1}}/>) } catch (e) { console.log("E", e.name); }
try { show(<a
 key="&lt;">&#65;<this.x></this.x></a>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect on-Click /* c */ data-x
 xlink:href={x}>ä</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>&#65;a &amp; b  
	 z</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<div
 on-Click="v" /* c */ data-x="a
b"><x-y/></div>) } catch (e) { console.log("E", e.name); }
try { show(<x-y data-x=<e z/>>😀&nbsp;<>&nbsp;</></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a b={x}/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>{f(<b/>)}x
 y 
<>😀</></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<Foo data-x="a
b" /* c */ {...{a}} />) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ xlink:href></div>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 key={<q/>} />) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 on-Click="a
b">{'<'}&#65;<x-y /* c */ data-x='"'></x-y>x
 y 
</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 {...f()} /* c */ xlink:href=<e z/>
 key></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 key={<q/>}
 b='"'
 on-Click=<e />/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 data-x={x} b={[1]} xlink:href="&lt;">&nbsp;</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 on-Click="&lt;" b="v"></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ b="'" {...f()}>{...xs}&#65;ä<a
 b="v" /* c */ key
 on-Click="&lt;">&nope;{x}<Foo /* c */ {...p}><A.B
 b=<e z/>>{'<'}{...xs}<A.B key=<e /> /* c */ data-x="&lt;"/></A.B></Foo></a></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<Foo key={{a: 1}} /* c */ xlink:href>&nope;<A.B
 key="a
b" on-Click="'">{/* c */}&#65;<svg:rect /></A.B><A.B/></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<>&nope;a &amp; b</>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ xlink:href b={[1]}
 xlink:href=<e z/>>
  <>{a ? <c/> : null}&nope;{}</></div>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 xlink:href="&lt;" data-x="v"
 {...{a}} />) } catch (e) { console.log("E", e.name); }
try { show(<A.B><x-y
 on-Click></x-y>😀&nope;  
	 z</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 key='&#x41;' /* c */ b={x} /* c */ b=<e z/> />) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ data-x=<e z/>>{x}
  😀&nope;</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<><svg:rect /* c */ {...p} /* c */ {...{a}} /* c */ xlink:href="v">  
	 z<this.x
 b={[1]}/>😀a &amp; b</svg:rect><A.B /* c */ xlink:href=<e />><>{'<'}</><A.B /* c */ xlink:href
 b="&lt;"><this.x>  
	 z</this.x>{1 + 2}<this.x xlink:href='&#x41;'>hi<A.B /* c */ data-x={[1]} b on-Click={[1]}/></this.x></A.B>{x}&nbsp;</A.B></>) } catch (e) { console.log("E", e.name); }
try { show(<div
 key={[1]} /* c */ {...p} />) } catch (e) { console.log("E", e.name); }
try { show(<div><this.x></this.x></div>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ data-x={[1]} /* c */ {...p} {...{a}}/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y>{'<'}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<x-y/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y><Foo b='&#x41;' on-Click xlink:href={x}><></>{1 + 2}{"}"}</Foo>{(y) => <i>{y}</i>}hi{"}"}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect>😀</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x data-x={[1]}><a.b.c/><div>&#65;&nbsp;</div>{/* c */}<></></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<>{...xs}</>) } catch (e) { console.log("E", e.name); }
try { show(<x-y></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a
 b=<e />>{f(<b/>)}&#65;</a>) } catch (e) { console.log("E", e.name); }
try { show(<a
 key {...f()}>a &amp; b😀</a>) } catch (e) { console.log("E", e.name); }
try { show(<>{/* c */}</>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c><Foo /></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c key='v' on-Click='v'><div b="a
b"></div><this.x /* c */ {...{a}} /><>{"}"}</></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<Foo> <div b /* c */ on-Click='&#x41;'> x
 y 
{f(<b/>)}</div>{1 + 2}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 b=<e z/> data-x>hi<></></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<A.B key b=<e z/>/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 data-x='v'
 xlink:href=<e z/>>{`t${1}`}<svg:rect/><a.b.c /* c */ {...p} /><a
 b='"' /* c */ b={[1]} data-x='v'></a></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<this.x {...p} key='&#x41;' key={x} />) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ {...p} />) } catch (e) { console.log("E", e.name); }
try { show(<this.x xlink:href=<e /> />) } catch (e) { console.log("E", e.name); }
try { show(<>{f(<b/>)}{'<'}{(y) => <i>{y}</i>}</>) } catch (e) { console.log("E", e.name); }
try { show(<this.x><Foo xlink:href="v"
 data-x={<q/>} /></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<div {...{a}} xlink:href=<e z/> /* c */ b>  
	 z</div>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ {...f()} data-x={<q/>}>  
	 z</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>{x}{f(<b/>)}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ on-Click=<e z/>><>{a ? <c/> : null}</><><><>{1 + 2}</>{...xs}</></><x-y /* c */ key="v"/><div {...p} /* c */ xlink:href="v">{"}"}{/* c */}<x-y xlink:href={[1]} {...f()} on-Click='"'></x-y></div></a>) } catch (e) { console.log("E", e.name); }
try { show(<a b={[1]}
 data-x="'"
 data-x=<e z/>/>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ xlink:href="'">a &amp; b{a ? <c/> : null}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<><div /* c */ xlink:href='&#x41;' /* c */ key="a
b" b=<e />></div></>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ on-Click="&lt;">{f(<b/>)}<a key={{a: 1}}/></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<div data-x/>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 xlink:href
 key="a
b"
 b />) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ on-Click="'"/>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 data-x={{a: 1}} b=<e /> /* c */ key>{'<'}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect on-Click />) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ b='v' data-x={{a: 1}} key={<q/>}><A.B key>😀<>hia &amp; b</></A.B></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<x-y b /* c */ xlink:href={[1]} /* c */ b="v">  
	 zä{...xs}  
	 z</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ xlink:href='&#x41;' key />) } catch (e) { console.log("E", e.name); }
try { show(<>ä</>) } catch (e) { console.log("E", e.name); }
try { show(<A.B>{1 + 2} </A.B>) } catch (e) { console.log("E", e.name); }
try { show(<a/>) } catch (e) { console.log("E", e.name); }
try { show(<div on-Click=<e z/> key="'">a &amp; b{(y) => <i>{y}</i>}</div>) } catch (e) { console.log("E", e.name); }
try { show(<><svg:rect {...{a}}
 data-x="&lt;" /* c */ key /><><a.b.c xlink:href={<q/>} /* c */ b='v'></a.b.c><a>&nope;<a.b.c
 key={[1]}
 data-x /></a><x-y><A.B
 xlink:href='v' xlink:href='&#x41;'><a.b.c /* c */ {...f()} /><this.x /* c */ data-x="v" /></A.B></x-y></></>) } catch (e) { console.log("E", e.name); }
try { show(<a
 b></a>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 key=<e z/> /* c */ on-Click={[1]}
 {...f()}><div
 data-x='v' xlink:href="v" /* c */ {...{a}}>
  {1 + 2}&#65;</div><a.b.c/>x
 y 
ä</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 xlink:href="&lt;">
  {}<Foo {...p}>hihi</Foo><x-y data-x={<q/>} /* c */ b='"' xlink:href={{a: 1}}/></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ on-Click="&lt;"/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y><svg:rect></svg:rect>{1 + 2}<svg:rect
 data-x='&#x41;'><svg:rect /* c */ xlink:href='v' /* c */ b="&lt;" /></svg:rect>&#65;</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href='"' /* c */ on-Click /* c */ data-x />) } catch (e) { console.log("E", e.name); }
try { show(<div key="a
b"
 key={<q/>}
 {...f()} />) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ on-Click="v" /* c */ xlink:href /* c */ {...f()}>
  </svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 b>{a ? <c/> : null}hi😀</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c key="a
b" key="v"
 on-Click=<e /> />) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ b="&lt;"/>) } catch (e) { console.log("E", e.name); }
try { show(<>x
 y 
</>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ b={<q/>}>  
	 z</div>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect data-x={<q/>}
 b b>
  </svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<>{'<'}</>) } catch (e) { console.log("E", e.name); }
try { show(<x-y {...{a}}
 key='v'></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<Foo {...f()}></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ on-Click=<e />
 b='&#x41;' /* c */ key="&lt;">{...xs}x
 y 
ä😀</a>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c /* c */ on-Click={[1]} /* c */ xlink:href={[1]} /* c */ {...p}>a &amp; b<a
 on-Click={{a: 1}} /* c */ on-Click="'"></a>{x}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ {...f()} xlink:href key={[1]}>  
	 z{1 + 2}</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<>ä&nope;</>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 xlink:href={[1]} /* c */ {...p}/>) } catch (e) { console.log("E", e.name); }
try { show(<A.B><a.b.c on-Click="v"
 b='v' on-Click="'"></a.b.c><Foo /* c */ b=<e />>
  <x-y
 {...p} /* c */ b="'">x
 y 
<a key={<q/>}
 b /* c */ data-x="&lt;">{a ? <c/> : null}{1 + 2}{"}"}</a>&nope;</x-y></Foo><div
 xlink:href={[1]}>hi</div>  
	 z</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<>{/* c */}{'<'}</>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ {...{a}}/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y>{`t${1}`}</x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ xlink:href>{'<'}</div>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...f()}
 on-Click="&lt;"/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 {...p} /* c */ key=<e /> /* c */ {...p}></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ key='v'
 on-Click={<q/>}
 {...{a}}>
  </a>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<div
 b='&#x41;' data-x="&lt;" xlink:href="&lt;">{}hiä</div>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ b="&lt;" b
 xlink:href=<e />>  
	 z
  </a>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect key={<q/>} /* c */ b><A.B></A.B></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<x-y data-x="'"
 b={<q/>}
 data-x></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 xlink:href="a
b" key> 😀&#65;</div>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ xlink:href={<q/>} key={[1]}
 on-Click> {f(<b/>)}{x}</div>) } catch (e) { console.log("E", e.name); }
try { show(<a />) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 xlink:href
 xlink:href={<q/>}>
  x
 y 
<Foo /* c */ key b={<q/>} /></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<><this.x
 key='&#x41;'>😀{`t${1}`}</this.x>{'<'}</>) } catch (e) { console.log("E", e.name); }
try { show(<a
 data-x={x} /* c */ b="'"
 data-x='&#x41;'>{(y) => <i>{y}</i>}x
 y 
<>{'<'}  
	 z</><this.x data-x=<e />
 xlink:href={{a: 1}}>{/* c */}hi</this.x></a>) } catch (e) { console.log("E", e.name); }
try { show(<A.B
 b="&lt;">  
	 z
  </A.B>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 xlink:href='v' /* c */ data-x
 data-x="a
b"/>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect xlink:href /* c */ xlink:href
 on-Click='"'>x
 y 
<div
 b /* c */ data-x={x}>{a ? <c/> : null}a &amp; b&nbsp;<div>{"}"}  
	 za &amp; b{}</div></div><>x
 y 
</></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 key={x}><this.x key
 on-Click="&lt;" /* c */ on-Click=<e z/>/><this.x>{1 + 2}</this.x> hi</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href="&lt;" key='v'>x
 y 
&nope;{(y) => <i>{y}</i>}{a ? <c/> : null}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c>{f(<b/>)} x
 y 
&nope;</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ on-Click>
  <a.b.c/><svg:rect><div /* c */ on-Click/>{/* c */}😀</svg:rect></a>) } catch (e) { console.log("E", e.name); }
try { show(<><>ä&nbsp;</><x-y /* c */ on-Click=<e />
 on-Click='v' b={x}></x-y>{(y) => <i>{y}</i>}</>) } catch (e) { console.log("E", e.name); }
try { show(<A.B/>) } catch (e) { console.log("E", e.name); }
try { show(<>{...xs}</>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 {...f()} />) } catch (e) { console.log("E", e.name); }
try { show(<div></div>) } catch (e) { console.log("E", e.name); }
try { show(<>{a ? <c/> : null}<x-y /* c */ xlink:href=<e /> data-x={{a: 1}} {...{a}}>😀</x-y></>) } catch (e) { console.log("E", e.name); }
try { show(<this.x on-Click="&lt;" />) } catch (e) { console.log("E", e.name); }
try { show(<x-y />) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c xlink:href={[1]} key /* c */ {...p}>{f(<b/>)}</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ xlink:href={x} />) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 data-x={{a: 1}}
 xlink:href=<e z/>>{"}"}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 b={[1]}><svg:rect data-x>ä</svg:rect><Foo/>&nbsp;</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x data-x
 on-Click data-x='"'>&nbsp;&nope;  
	 z<Foo b="v" /* c */ {...p}/></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<div
 b
 {...{a}} />) } catch (e) { console.log("E", e.name); }
try { show(<><></></>) } catch (e) { console.log("E", e.name); }
try { show(<this.x>&nope;</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect b="'" /* c */ on-Click='"'
 key>hi{...xs}<div><>{`t${1}`}{f(<b/>)}<x-y /* c */ b="a
b" /></><x-y b
 xlink:href>{f(<b/>)}ä&#65;&nope;</x-y><svg:rect /></div></svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x data-x='"' key="'" /* c */ xlink:href=<e />>a &amp; bx
 y 
<Foo
 xlink:href>hi</Foo></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ {...f()}
 b={x} on-Click='&#x41;'>  
	 zhia &amp; b</a>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ data-x='"'>{"}"}hi{1 + 2}</div>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ b on-Click='&#x41;' />) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ xlink:href='"'>{'<'}{1 + 2}</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<>&nope;😀<A.B on-Click='"' /* c */ {...{a}}><x-y /* c */ on-Click={x}/>&nbsp;</A.B></>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect b={{a: 1}} /* c */ data-x=<e z/> /* c */ key={x}>x
 y 
ä{'<'}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect data-x="a
b" /* c */ b='v' /* c */ on-Click={<q/>}><a.b.c /* c */ data-x="&lt;" on-Click> {f(<b/>)}<a.b.c
 data-x
 {...p}></a.b.c></a.b.c>{'<'}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a>{`t${1}`}</a>) } catch (e) { console.log("E", e.name); }
try { show(<></>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect />) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ {...f()} on-Click={[1]}>😀{/* c */}a &amp; b</a>) } catch (e) { console.log("E", e.name); }
try { show(<>{`t${1}`}<a.b.c>{x}ä</a.b.c></>) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ key='"' /* c */ b="&lt;" data-x="&lt;" />) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ b='&#x41;' b=<e />></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ b='"' b=<e z/> key="'">hi{}&nope;<></></a>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 on-Click=<e z/> /* c */ key="a
b"
 b={[1]}> {1 + 2}{}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a><A.B>{a ? <c/> : null}{x}<x-y /* c */ b='"' /* c */ on-Click=<e />>&nbsp;&nbsp;<svg:rect /* c */ on-Click={<q/>} /* c */ xlink:href={x} /* c */ b="&lt;"></svg:rect><Foo data-x={{a: 1}} /* c */ b={<q/>}><this.x /* c */ {...{a}} /><></>hi</Foo></x-y></A.B>😀{1 + 2}</a>) } catch (e) { console.log("E", e.name); }
try { show(<div
 xlink:href></div>) } catch (e) { console.log("E", e.name); }
try { show(<div /* c */ key=<e /> {...{a}} {...{a}}/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c key="&lt;">{a ? <c/> : null}{f(<b/>)}&nope;<a /></a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<A.B key={<q/>}
 xlink:href> </A.B>) } catch (e) { console.log("E", e.name); }
try { show(<a>a &amp; b{x}<this.x /></a>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 data-x='"' xlink:href="a
b">{...xs}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 b={x}
 key>{}😀</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<Foo {...{a}}
 b="v"
 xlink:href={[1]}>  
	 z&nbsp;</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<Foo
 b={[1]}></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x b='"'
 b={x}>a &amp; b</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 data-x="v"
 on-Click='&#x41;'
 key=<e z/>>ä</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect
 key="'" {...f()}/>) } catch (e) { console.log("E", e.name); }
try { show(<a
 data-x=<e />
 key=<e z/>></a>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ data-x>
  {'<'}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<div />) } catch (e) { console.log("E", e.name); }
try { show(<>{a ? <c/> : null}a &amp; b  
	 z</>) } catch (e) { console.log("E", e.name); }
try { show(<this.x key={x} xlink:href="a
b"></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<svg:rect /* c */ b=<e />><A.B data-x={{a: 1}} xlink:href={[1]} /* c */ key="v"></A.B>{x}{}</svg:rect>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c on-Click='&#x41;' b='"' b="a
b"/>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 on-Click='v'><a/></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ xlink:href="&lt;" on-Click="'"
 key={{a: 1}}>ä<a
 data-x="'" />ähi</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<A.B xlink:href="a
b"/>) } catch (e) { console.log("E", e.name); }
try { show(<div
 on-Click="v"
 on-Click='"' /* c */ key>&#65;</div>) } catch (e) { console.log("E", e.name); }
try { show(<div {...p}>ä</div>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c
 data-x={<q/>}
 key='v' b={x}/>) } catch (e) { console.log("E", e.name); }
try { show(<Foo><>{/* c */}</></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x
 xlink:href="v"
 {...p}></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href=<e /> />) } catch (e) { console.log("E", e.name); }
try { show(<div b=<e z/> /* c */ key="'"
 xlink:href=<e />/>) } catch (e) { console.log("E", e.name); }
try { show(<>{} </>) } catch (e) { console.log("E", e.name); }
try { show(<div></div>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href={{a: 1}} on-Click='"' /* c */ data-x><Foo>  
	 z{x}{x}{1 + 2}</Foo></this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ key on-Click
 data-x=<e z/>/>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ on-Click /* c */ on-Click='v'/>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c data-x />) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 data-x=<e /> /* c */ key={[1]} on-Click><>{1 + 2}</><Foo>&nbsp;<Foo
 b={[1]} xlink:href={[1]} />&nbsp;hi</Foo></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div
 on-Click='v'
 on-Click b><a /* c */ xlink:href="'"></a>&nope;</div>) } catch (e) { console.log("E", e.name); }
try { show(<><svg:rect key={[1]}>&nbsp;x
 y 
 {...xs}</svg:rect>&nbsp;<><div /* c */ xlink:href
 {...f()}></div></></>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c {...f()} />) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ xlink:href /* c */ on-Click='v' /* c */ data-x>&#65;{...xs}</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<Foo xlink:href='v' /* c */ data-x="'">&nope;</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<this.x xlink:href>ä<div xlink:href="'"
 xlink:href={{a: 1}}></div>{"}"}{1 + 2}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<a /* c */ on-Click="v"><this.x
 xlink:href
 {...{a}}><div /* c */ xlink:href={{a: 1}}/>hi</this.x>x
 y 

  {/* c */}</a>) } catch (e) { console.log("E", e.name); }
try { show(<x-y /* c */ {...f()}/>) } catch (e) { console.log("E", e.name); }
try { show(<a
 key='v'><a xlink:href b> </a>{f(<b/>)}<Foo
 key data-x='v'>{(y) => <i>{y}</i>}</Foo></a>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c><div>&nope;x
 y 
 x
 y 
</div><a.b.c />{/* c */}ä</a.b.c>) } catch (e) { console.log("E", e.name); }
try { show(<this.x /* c */ xlink:href=<e z/>
 b={{a: 1}} on-Click="'"><a.b.c
 b
 data-x={[1]} on-Click/>{(y) => <i>{y}</i>}</this.x>) } catch (e) { console.log("E", e.name); }
try { show(<Foo key={x}></Foo>) } catch (e) { console.log("E", e.name); }
try { show(<x-y
 data-x='v'>  
	 z<>{a ? <c/> : null}</>{...xs}<><this.x /* c */ on-Click={{a: 1}}></this.x><this.x key="a
b"></this.x>{x}</></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<this.x />) } catch (e) { console.log("E", e.name); }
try { show(<A.B /* c */ on-Click /* c */ {...{a}} /* c */ xlink:href={[1]}><></></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<Foo /* c */ data-x=<e /> b="'"
 b="'">&#65;<Foo
 xlink:href='"' on-Click
 on-Click><a.b.c>&nope; <a.b.c
 b /* c */ b=<e z/>><div />{/* c */}</a.b.c>hi</a.b.c>😀😀</Foo>{1 + 2}{}</Foo>) } catch (e) { console.log("E", e.name); }
try { show(<A.B></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<A.B>😀<div xlink:href='"' b>{`t${1}`}<A.B /* c */ xlink:href='"' /* c */ data-x={x}></A.B>{"}"}</div>  
	 zx
 y 
</A.B>) } catch (e) { console.log("E", e.name); }
try { show(<A.B b /* c */ data-x='"'
 data-x=<e />></A.B>) } catch (e) { console.log("E", e.name); }
try { show(<a.b.c xlink:href b="'"/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y/>) } catch (e) { console.log("E", e.name); }
try { show(<div
 key="&lt;"
 data-x='"'> {1 + 2}{...xs}</div>) } catch (e) { console.log("E", e.name); }
try { show(<>{/* c */}</>) } catch (e) { console.log("E", e.name); }
try { show(<div
 {...f()} key={[1]} {...f()}/>) } catch (e) { console.log("E", e.name); }
try { show(<x-y key='&#x41;'>{f(<b/>)}&nope;<div key='&#x41;' /* c */ key='v'>{x}<Foo
 data-x='"'>{a ? <c/> : null}</Foo>hi<a></a></div></x-y>) } catch (e) { console.log("E", e.name); }
try { show(<div><this.x {...f()}
 b />&#65;<this.x /></div>) } catch (e) { console.log("E", e.name); }
// expect: {"fn":"jsx","type":"Foo","props":{"on-Click":true,"b":"<"},"key":true,"n":3}
// expect: {"fn":"jsxs","type":"a","props":{"children":[{"fn":"jsx","type":"svg:rect","props":{},"n":2},["f",{"fn":"jsx","type":"b","props":{},"n":2}],"}"]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"children":"😀"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2},{"fn":"jsx","type":"B","props":{"data-x":true,"b":[1],"children":"hi"},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3},"😀"]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"0":"f"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"data-x":true,"xlink:href":true},"key":"'","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"B","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"a & b"]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"children":"z"},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":[" ",{"fn":"jsxs","type":"C","props":{"data-x":"'","children":[{"fn":"jsx","type":"Fragment","props":{},"n":2},{"fn":"jsx","type":"x-y","props":{"xlink:href":"v","data-x":true},"key":"v","n":3}]},"key":"v","n":3},{"fn":"jsx","type":"Fragment","props":{"children":"😀hi"},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"q":1},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"data-x":"v","children":["X",{"fn":"jsxs","type":"a","props":{"on-Click":true,"children":["ä",null,3,{"fn":"jsx","type":"Fragment","props":{"children":" "},"n":2}]},"n":2},null]},"key":"'","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"xlink:href":{"fn":"jsx","type":"q","props":{},"n":2}},"key":"A","n":3}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":true,"children":{"fn":"jsx","type":"C","props":{"q":1},"n":2}},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":true},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"on-Click":"A","b":{"a":1}},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"xlink:href":"X","a":{"b":{}},"children":["😀",{"fn":"jsx","type":"c","props":{},"n":2},"X"]},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":["a & b",{"fn":"jsx","type":"x-y","props":{"data-x":"\"","xlink:href":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"key":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"data-x":"a\nb"},"key":[1],"n":3}
// expect: {"fn":"jsx","type":"C","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["X","x y"]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"key":"<","n":3}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"C","props":{"q":1},"n":2}," "]},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":"hi"},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"on-Click":"<","a":{"b":{}},"children":[" ","X",{"fn":"jsxs","type":"svg:rect","props":{"on-Click":{"fn":"jsx","type":"e","props":{},"n":2},"children":[{"fn":"jsx","type":"x-y","props":{},"n":2},3,"z","<"]},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"X"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"key":"\"","n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"a","props":{"on-Click":true,"q":1,"children":" "},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"x-y","props":{"data-x":"v","xlink:href":true},"key":{"a":1},"n":3},{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"B","props":{"key":true},"key":true,"n":3}},"n":2},"hi"]},"n":2}]},"n":2},{"fn":"jsxs","type":"Foo","props":{"xlink:href":"v","children":[{"fn":"jsx","type":"svg:rect","props":{"children":{"fn":"jsx","type":"c","props":{},"n":2}},"key":true,"n":3},null,"z"]},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"xlink:href":[1]},"key":"'","n":3}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":"'","children":[{"fn":"jsx","type":"c","props":{},"n":2},{"fn":"jsx","type":"a","props":{},"key":"A","n":3},"😀"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{},"key":"v","n":3}
// expect: {"fn":"jsxs","type":"x-y","props":{"on-Click":"v","data-x":[1],"children":["x y",{"fn":"jsx","type":"a","props":{"q":1},"n":2},{"fn":"jsx","type":"a","props":{"on-Click":{"fn":"jsx","type":"e","props":{},"n":2}},"key":"v","n":3},"a & b"]},"key":"\"","n":3}
// expect: {"fn":"jsx","type":"x-y","props":{"on-Click":true,"data-x":[1]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"on-Click":"<","b":true,"xlink:href":"v"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsxs","type":"B","props":{"xlink:href":true,"on-Click":{"fn":"jsx","type":"e","props":{},"n":2},"children":["}","a & b"]},"key":true,"n":3}},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"B","props":{"xlink:href":true,"children":["<",{"fn":"jsx","type":"a","props":{},"n":2},{"fn":"jsxs","type":"a","props":{"data-x":true,"q":1,"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"c","props":{},"n":2}]},"n":2},{"fn":"jsx","type":"a","props":{"children":"hi Aä"},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"data-x":{"a":1}},"key":"'","n":3}
// expect: {"fn":"jsxs","type":"Foo","props":{"children":[{"fn":"jsxs","type":"svg:rect","props":{"children":[{"fn":"jsx","type":"a","props":{"q":1},"key":true,"n":3},["f",{"fn":"jsx","type":"b","props":{},"n":2}],"hi"]},"n":2},"<"]},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"children":[{"fn":"jsx","type":"C","props":{"b":"v","data-x":"\""},"n":2},{"fn":"createElement","type":"a","props":{"0":"f","data-x":[1],"key":{"fn":"jsx","type":"e","props":{},"n":2}},"children":[]}]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"on-Click":true,"children":[" ",{"fn":"jsx","type":"Foo","props":{"data-x":true,"b":"v"},"n":2},{"fn":"jsxs","type":"div","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}]," ",{"fn":"jsx","type":"div","props":{"a":{"b":{}},"children":"t1"},"n":2}]},"n":2}]},"key":[1],"n":3}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2}," "]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"svg:rect","props":{"on-Click":true},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"C","props":{"q":1,"b":"'"},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"0":"f","b":{"fn":"jsx","type":"q","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"C","props":{},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"on-Click":{"fn":"jsx","type":"q","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"b":true},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"0":"f","on-Click":"A","children":{"fn":"jsx","type":"Fragment","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"q":1,"children":"a & b"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":["😀",{"fn":"jsx","type":"Fragment","props":{"children":"a & bhiä"},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"ä"]},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"xlink:href":true,"children":[{"fn":"jsx","type":"c","props":{},"n":2},"X",{"fn":"jsx","type":"Fragment","props":{},"n":2},"hi"]},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":["hi",{"fn":"jsx","type":"c","props":{},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"on-Click":"a\nb","q":1,"data-x":"v"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"b":true,"children":"😀"},"key":true,"n":3}
// expect: {"fn":"jsxs","type":"x-y","props":{"on-Click":"A","xlink:href":{"fn":"jsx","type":"q","props":{},"n":2},"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"ä"]},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"on-Click":"<","children":{"fn":"jsx","type":"C","props":{"data-x":"a\nb"},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"data-x":true,"children":["t1"," "]},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"xlink:href":"'","on-Click":true},"key":true,"n":3}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"on-Click":{"fn":"jsx","type":"q","props":{},"n":2},"b":true,"xlink:href":"A","children":["x y",{"fn":"jsx","type":"B","props":{"on-Click":"\"","data-x":{"a":1}},"key":"v","n":3},"a & b"]},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"key":{"fn":"jsx","type":"q","props":{},"n":2},"children":" "},"key":"v","n":3}
// expect: {"fn":"jsx","type":"C","props":{},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":["<","AA"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"C","props":{"q":1,"children":[{"fn":"jsxs","type":"Fragment","props":{"children":["X","t1"]},"n":2},{"fn":"jsx","type":"B","props":{"children":"z"},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"children":[{"fn":"jsx","type":"x-y","props":{"b":"'","q":1,"data-x":"\""},"n":2},["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"Foo","props":{},"n":2},"}"]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"b":"v","xlink:href":true},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"C","props":{"xlink:href":{"a":1},"a":{"b":{}},"children":[{"fn":"jsx","type":"C","props":{"b":"X"},"key":"X","n":3},"a & b",{"fn":"jsx","type":"a","props":{"on-Click":true,"b":true,"data-x":"X"},"n":2}]},"key":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"n":3}
// expect: {"fn":"jsx","type":"div","props":{"children":{"fn":"jsxs","type":"B","props":{"xlink:href":"v","on-Click":"X","children":[" ",{"fn":"jsx","type":"svg:rect","props":{"data-x":[1],"b":"A"},"key":true,"n":3},"ä",3]},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"on-Click":true},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":[{"fn":"jsx","type":"Fragment","props":{},"n":2},"hi"]},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"on-Click":"<","xlink:href":{"a":1}},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}
// expect: {"fn":"jsx","type":"Foo","props":{"xlink:href":"v","a":{"b":{}}},"key":"a\nb","n":3}
// expect: {"fn":"jsx","type":"B","props":{"b":"a\nb","data-x":"v"},"key":"<","n":3}
// expect: {"fn":"jsxs","type":"Foo","props":{"on-Click":true,"children":["a & bhi",1,2]},"key":{"a":1},"n":3}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":"'","b":true,"children":[3,{"fn":"jsx","type":"div","props":{},"n":2},"<"]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":"<","xlink:href":true,"on-Click":true},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"on-Click":true},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"data-x":{"fn":"jsx","type":"q","props":{},"n":2},"children":{"fn":"jsxs","type":"div","props":{"children":[{"fn":"jsxs","type":"Foo","props":{"b":"v","children":["X","ä",{"fn":"jsx","type":"a","props":{"xlink:href":true},"n":2}]},"n":2},"z",{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"C","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"a":{"b":{}},"on-Click":true},"n":2},{"fn":"jsx","type":"Foo","props":{"on-Click":"v"},"n":2}]},"n":2}]},"n":2}},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[" ",["f",{"fn":"jsx","type":"b","props":{},"n":2}]]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"xlink:href":{"fn":"jsx","type":"q","props":{},"n":2},"on-Click":true},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"xlink:href":true},"key":"'","n":3}
// expect: {"fn":"jsx","type":"svg:rect","props":{"children":{"fn":"jsx","type":"C","props":{"0":"f","data-x":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"children":"<"},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"key":true,"n":3}
// expect: {"fn":"jsx","type":"div","props":{"q":1,"xlink:href":{"fn":"jsx","type":"e","props":{},"n":2},"a":{"b":{}},"children":"😀"},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"data-x":"A","xlink:href":"a\nb","children":[{"fn":"createElement","type":"x-y","props":{"0":"f","xlink:href":true,"key":"A"},"children":["&nope;ähi"]},null,"x y x y"]},"key":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"n":3}
// expect: {"fn":"jsxs","type":"Foo","props":{"children":["😀",{"fn":"jsxs","type":"Fragment","props":{"children":[" ",{"fn":"jsx","type":"div","props":{"on-Click":"'","xlink:href":true,"children":"t1"},"n":2}]},"n":2},"X","}"]},"key":"A","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":["A ","<"]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"on-Click":true},"n":2}
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{"xlink:href":"A","data-x":"<"},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"a":{"b":{}},"children":["z",{"fn":"jsx","type":"c","props":{},"n":2},1,2]},"key":"'","n":3}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"0":"f","children":[{"fn":"jsxs","type":"svg:rect","props":{"children":["hi ","t1","ä"]},"n":2},{"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"x-y","props":{},"n":2}},"n":2},{"fn":"jsx","type":"C","props":{"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"xlink:href":true},"key":true,"n":3},"ä"]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[" ",{"fn":"jsxs","type":"a","props":{"b":true,"data-x":"<","children":["x y","}","hiä"]},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["&nope;",{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsxs","type":"x-y","props":{"0":"f","children":["<",["f",{"fn":"jsx","type":"b","props":{},"n":2}]]},"key":true,"n":3},"t1","😀"]},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"b":"<","children":["ä",1,2]},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"Fragment","props":{"children":" "},"n":2}]},"key":"v","n":3}
// expect: {"fn":"jsx","type":"Foo","props":{"q":1},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["hi",{"fn":"jsx","type":"div","props":{"a":{"b":{}},"xlink:href":"\""},"n":2},"z"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"B","props":{"0":"f","xlink:href":true,"children":["ä",{"fn":"jsx","type":"C","props":{"q":1},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsxs","type":"div","props":{"data-x":"'","children":["hi",{"fn":"jsxs","type":"x-y","props":{"on-Click":true,"xlink:href":"v","children":[{"fn":"jsxs","type":"div","props":{"data-x":{"fn":"jsx","type":"q","props":{},"n":2},"b":true,"children":[null,{"fn":"jsx","type":"svg:rect","props":{},"n":2},{"fn":"jsx","type":"B","props":{"data-x":"\"","b":"v"},"key":"X","n":3}]},"key":"a\nb","n":3},"a & b","a & b"]},"n":2},"a & b"]},"n":2},3]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"n":2}
// expect: {"fn":"createElement","type":"x-y","props":{"b":"A","q":1,"key":{"fn":"jsx","type":"q","props":{},"n":2}},"children":[3,null,"ä"]}
// expect: {"fn":"jsxs","type":"x-y","props":{"on-Click":true,"b":"\"","children":[3,"t1"]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"xlink:href":"X"},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"xlink:href":{"fn":"jsx","type":"e","props":{},"n":2},"on-Click":"v","a":{"b":{}},"children":[" ","X",3]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"svg:rect","props":{"0":"f","on-Click":"<","children":"X"},"key":[1],"n":3}
// expect: {"fn":"jsxs","type":"C","props":{"on-Click":true,"b":"<","children":[{"fn":"jsxs","type":"Fragment","props":{"children":["😀",{"fn":"jsx","type":"Foo","props":{},"n":2},{"fn":"jsxs","type":"div","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"xlink:href":true,"children":[{"fn":"jsx","type":"svg:rect","props":{"xlink:href":[1],"data-x":"<","children":"hi"},"n":2},{"fn":"jsx","type":"svg:rect","props":{"xlink:href":true,"on-Click":"a\nb"},"n":2},3,{"fn":"jsx","type":"c","props":{},"n":2}]},"n":2}]},"n":2},1,2,"x y"]},"key":{"a":1},"n":3}
// expect: {"fn":"jsx","type":"div","props":{"a":{"b":{}},"data-x":true,"b":"<"},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"b":"A"},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"children":["x y",{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"svg:rect","props":{"a":{"b":{}},"xlink:href":"X","children":"hi"},"n":2},3]},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"on-Click":{"a":1},"xlink:href":[1],"children":[null,{"fn":"jsx","type":"B","props":{"xlink:href":"v"},"key":true,"n":3}]},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"q":1,"on-Click":true,"data-x":{"a":1},"children":[{"fn":"jsxs","type":"Foo","props":{"children":[1,2]},"n":2},"&nope;"]},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":[1],"q":1,"children":[{"fn":"jsx","type":"x-y","props":{},"n":2},{"fn":"jsxs","type":"C","props":{"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":[" ",{"fn":"jsx","type":"B","props":{"xlink:href":"v","children":"ä"},"n":2},1,2]},"n":2},"hi"]},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"0":"f"},"key":{"fn":"jsx","type":"e","props":{},"n":2},"n":3}
// expect: {"fn":"jsx","type":"a","props":{"xlink:href":true},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"children":[{"fn":"jsx","type":"a","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2},3,{"fn":"jsx","type":"Fragment","props":{"children":"z"},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"0":"f","a":{"b":{}}},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"hihi"},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"b":"'","xlink:href":"'","children":"&nope;"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"xlink:href":"A","data-x":{"fn":"jsx","type":"q","props":{},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":["ä","<"," ä"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"a","props":{"xlink:href":true,"children":["😀",1,2]},"key":"v","n":3}
// expect: {"fn":"jsxs","type":"B","props":{"a":{"b":{}},"data-x":true,"children":["}","&nope;",{"fn":"jsx","type":"x-y","props":{},"n":2},{"fn":"jsx","type":"c","props":{},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"b":{"fn":"jsx","type":"q","props":{},"n":2}},"key":"v","n":3}
// expect: {"fn":"jsxs","type":"C","props":{"children":["A",{"fn":"jsx","type":"B","props":{"on-Click":true,"children":" "},"n":2},"z"]},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"q":1,"children":["hi","t1","X"]},"key":[1],"n":3}
// expect: {"fn":"jsx","type":"B","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"on-Click":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"0":"f","data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"on-Click":"v"},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"0":"f","b":true},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"a":{"b":{}},"data-x":"<"},"key":"'","n":3}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"x-y","props":{"q":1,"children":"t1"},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"data-x":true,"children":["&nope;a & b",{"fn":"jsx","type":"div","props":{"xlink:href":"A"},"key":"v","n":3}]},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"svg:rect","props":{"on-Click":true,"data-x":true,"xlink:href":"X","children":"ä"},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"children":"Aa & b z"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"on-Click":"v","data-x":"a\nb","children":{"fn":"jsx","type":"x-y","props":{},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["😀 ",{"fn":"jsx","type":"Fragment","props":{"children":" "},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"b":"X"},"n":2}
// expect: {"fn":"jsxs","type":"C","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"x y",{"fn":"jsx","type":"Fragment","props":{"children":"😀"},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":"a\nb","a":{"b":{}}},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":true},"n":2}
// expect: {"fn":"jsx","type":"C","props":{},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}
// expect: E TypeError
// expect: {"fn":"createElement","type":"C","props":{"0":"f","xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"key":true},"children":[]}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":"X","b":[1],"xlink:href":"<","children":" "},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"on-Click":"<","b":"v"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"xlink:href":true,"children":["&nope;",{"fn":"jsxs","type":"B","props":{"on-Click":"'","children":["A",{"fn":"jsx","type":"svg:rect","props":{},"n":2}]},"key":"a\nb","n":3},{"fn":"jsx","type":"B","props":{},"n":2}]},"key":{"a":1},"n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"&nope;a & b"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"b":[1],"children":{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2},"&nope;"]},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"xlink:href":"<","data-x":"v","a":{"b":{}}},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"children":[{"fn":"jsx","type":"x-y","props":{"on-Click":true},"n":2},"😀&nope; z"]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"key":"A","n":3}
// expect: {"fn":"jsxs","type":"x-y","props":{"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["X","😀&nope;"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"q":1},"key":[1],"n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":[1],"q":1,"a":{"b":{}}},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"children":"<"},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":[{"fn":"jsxs","type":"Foo","props":{"b":"A","on-Click":true,"xlink:href":"X","children":[{"fn":"jsx","type":"Fragment","props":{},"n":2},3,"}"]},"n":2},null,"hi","}"]},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"children":"😀"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[1,2]},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"A"]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"0":"f","children":"a & b😀"},"key":true,"n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"children":{"fn":"jsx","type":"Foo","props":{},"n":2}},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"children":[" ",{"fn":"jsxs","type":"div","props":{"b":true,"on-Click":"A","children":[" x y",["f",{"fn":"jsx","type":"b","props":{},"n":2}]]},"n":2},3]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"key":true,"n":3}
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":"v","xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["t1",{"fn":"jsx","type":"svg:rect","props":{},"n":2},{"fn":"jsx","type":"C","props":{"q":1},"n":2},{"fn":"jsx","type":"a","props":{"b":[1],"data-x":"v"},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"x-y","props":{"q":1},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"<",null]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"a":{"b":{}},"xlink:href":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"b":true,"children":"z"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"C","props":{"children":["X",["f",{"fn":"jsx","type":"b","props":{},"n":2}]]},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"on-Click":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":[{"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"c","props":{},"n":2}},"n":2},{"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"Fragment","props":{"children":3},"n":2},1,2]},"n":2}},"n":2},{"fn":"jsx","type":"x-y","props":{},"key":"v","n":3},{"fn":"jsxs","type":"div","props":{"q":1,"xlink:href":"v","children":["}",{"fn":"jsx","type":"x-y","props":{"0":"f","xlink:href":[1],"on-Click":"\""},"n":2}]},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"b":[1],"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"xlink:href":"'","children":["a & b",{"fn":"jsx","type":"c","props":{},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"div","props":{"xlink:href":"A","b":{"fn":"jsx","type":"e","props":{},"n":2}},"key":"a\nb","n":3}},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"on-Click":"<","children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"a","props":{},"key":{"a":1},"n":3}]},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"data-x":true},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"xlink:href":true,"b":true},"key":"a\nb","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"on-Click":"'"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"data-x":{"a":1},"b":{"fn":"jsx","type":"e","props":{},"n":2},"children":"<"},"key":true,"n":3}
// expect: {"fn":"jsx","type":"svg:rect","props":{"on-Click":true},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"b":"v","data-x":{"a":1},"children":{"fn":"jsxs","type":"B","props":{"children":["😀",{"fn":"jsx","type":"Fragment","props":{"children":"hia & b"},"n":2}]},"key":true,"n":3}},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}
// expect: {"fn":"jsxs","type":"x-y","props":{"b":"v","xlink:href":[1],"children":["zä",1,2,"z"]},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"xlink:href":"A"},"key":true,"n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"ä"},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"children":[3," "]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"on-Click":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["a & b",null]},"key":"'","n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"a","props":{"b":true},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"svg:rect","props":{"xlink:href":"<","children":[{"fn":"jsx","type":"Foo","props":{"q":1,"children":"hihi"},"n":2},{"fn":"jsx","type":"x-y","props":{"data-x":{"fn":"jsx","type":"q","props":{},"n":2},"b":"\"","xlink:href":{"a":1}},"n":2}]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Foo","props":{"on-Click":"<"},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":[{"fn":"jsx","type":"svg:rect","props":{},"n":2},3,{"fn":"jsx","type":"svg:rect","props":{"data-x":"A","children":{"fn":"jsx","type":"svg:rect","props":{"xlink:href":"v","b":"<"},"n":2}},"n":2},"A"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"0":"f","key":{"fn":"jsx","type":"q","props":{},"n":2}},"key":"a\nb","n":3}
// expect: {"fn":"jsx","type":"svg:rect","props":{"0":"f","on-Click":"v","xlink:href":true},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":true,"children":[{"fn":"jsx","type":"c","props":{},"n":2},"hi😀"]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"key":"v","on-Click":{"fn":"jsx","type":"e","props":{},"n":2}},"key":"a\nb","n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"x y"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"b":{"fn":"jsx","type":"q","props":{},"n":2},"children":"z"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"data-x":{"fn":"jsx","type":"q","props":{},"n":2},"b":true},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"<"},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{"a":{"b":{}}},"key":"v","n":3}
// expect: {"fn":"jsx","type":"Foo","props":{"0":"f"},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"on-Click":{"fn":"jsx","type":"e","props":{},"n":2},"b":"A","children":[1,2,"x y ä😀"]},"key":"<","n":3}
// expect: {"fn":"jsxs","type":"C","props":{"on-Click":[1],"xlink:href":[1],"q":1,"children":["a & b",{"fn":"jsx","type":"a","props":{"on-Click":"'"},"n":2},"X"]},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"createElement","type":"B","props":{"0":"f","xlink:href":true,"key":[1]},"children":["z",3]}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"ä&nope;"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"xlink:href":[1],"q":1},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"children":[{"fn":"jsx","type":"C","props":{"on-Click":"'","b":"v"},"n":2},{"fn":"jsx","type":"Foo","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"children":{"fn":"jsxs","type":"x-y","props":{"q":1,"b":"'","children":["x y",{"fn":"jsxs","type":"a","props":{"b":true,"data-x":"<","children":[{"fn":"jsx","type":"c","props":{},"n":2},3,"}"]},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3},"&nope;"]},"n":2}},"n":2},{"fn":"jsx","type":"div","props":{"xlink:href":[1],"children":"hi"},"n":2},"z"]},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":"<"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"x-y","props":{"children":"t1"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":true,"children":"<"},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"0":"f","on-Click":"<"},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"createElement","type":"C","props":{"q":1,"key":{"fn":"jsx","type":"e","props":{},"n":2}},"children":[]}
// expect: {"fn":"jsx","type":"a","props":{"on-Click":{"fn":"jsx","type":"q","props":{},"n":2},"a":{"b":{}}},"key":"v","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"b":"A","data-x":"<","xlink:href":"<","children":"hiä"},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"b":true,"xlink:href":{"fn":"jsx","type":"e","props":{},"n":2},"children":"z"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"b":true,"children":{"fn":"jsx","type":"B","props":{},"n":2}},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}
// expect: {"fn":"jsx","type":"x-y","props":{"data-x":true,"b":{"fn":"jsx","type":"q","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":"a\nb","children":" 😀A"},"key":true,"n":3}
// expect: {"fn":"jsxs","type":"div","props":{"xlink:href":{"fn":"jsx","type":"q","props":{},"n":2},"on-Click":true,"children":[" ",["f",{"fn":"jsx","type":"b","props":{},"n":2}],"X"]},"key":[1],"n":3}
// expect: {"fn":"jsx","type":"a","props":{},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"xlink:href":{"fn":"jsx","type":"q","props":{},"n":2},"children":["x y",{"fn":"jsx","type":"Foo","props":{"b":{"fn":"jsx","type":"q","props":{},"n":2}},"key":true,"n":3}]},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{"b":"<","children":"z"},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"xlink:href":"v","data-x":"a\nb"},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"xlink:href":true,"on-Click":"\"","children":["x y",{"fn":"jsxs","type":"div","props":{"b":true,"data-x":"X","children":[{"fn":"jsx","type":"c","props":{},"n":2},"a & b ",{"fn":"jsxs","type":"div","props":{"children":["}","za & b"]},"n":2}]},"n":2},{"fn":"jsx","type":"Fragment","props":{"children":"x y"},"n":2}]},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsxs","type":"C","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}]," x y &nope;"]},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"on-Click":true,"children":[{"fn":"jsx","type":"C","props":{},"n":2},{"fn":"jsxs","type":"svg:rect","props":{"children":[{"fn":"jsx","type":"div","props":{"on-Click":true},"n":2},"😀"]},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"Fragment","props":{"children":"ä "},"n":2},{"fn":"jsx","type":"x-y","props":{"on-Click":"v","b":"X"},"n":2},null]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[1,2]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"0":"f"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2},{"fn":"jsx","type":"x-y","props":{"xlink:href":{"fn":"jsx","type":"e","props":{},"n":2},"data-x":{"a":1},"a":{"b":{}},"children":"😀"},"n":2}]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"xlink:href":[1],"q":1,"children":["f",{"fn":"jsx","type":"b","props":{},"n":2}]},"key":true,"n":3}
// expect: {"fn":"jsx","type":"x-y","props":{"xlink:href":"X"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"b":[1],"children":[{"fn":"jsx","type":"svg:rect","props":{"data-x":true,"children":"ä"},"n":2},{"fn":"jsx","type":"Foo","props":{},"n":2}," "]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"b":true,"a":{"b":{}}},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"Fragment","props":{},"n":2}},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":"'","on-Click":"\"","children":["hi",1,2,{"fn":"jsxs","type":"div","props":{"children":[{"fn":"jsxs","type":"Fragment","props":{"children":["t1",["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"x-y","props":{"b":"a\nb"},"n":2}]},"n":2},{"fn":"jsxs","type":"x-y","props":{"b":true,"xlink:href":true,"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"äA&nope;"]},"n":2},{"fn":"jsx","type":"svg:rect","props":{},"n":2}]},"n":2}]},"key":true,"n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"a","props":{"0":"f","b":"X","on-Click":"A","children":"zhia & b"},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"data-x":"\"","children":["}","hi",3]},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{"b":true,"on-Click":"A"},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"xlink:href":"\"","children":["<",3]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["&nope;😀",{"fn":"jsxs","type":"B","props":{"on-Click":"\"","a":{"b":{}},"children":[{"fn":"jsx","type":"x-y","props":{"on-Click":"X"},"n":2}," "]},"n":2}]},"n":2}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":{"a":1},"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["x y ä","<"]},"key":"X","n":3}
// expect: {"fn":"jsxs","type":"svg:rect","props":{"data-x":"a\nb","b":"v","on-Click":{"fn":"jsx","type":"q","props":{},"n":2},"children":[{"fn":"jsxs","type":"C","props":{"data-x":"<","on-Click":true,"children":[" ",["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"C","props":{"data-x":true,"q":1},"n":2}]},"n":2},"<"]},"n":2}
// expect: {"fn":"jsx","type":"a","props":{"children":"t1"},"n":2}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"jsx","type":"svg:rect","props":{},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"0":"f","on-Click":[1],"children":["😀","a & b"]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":["t1",{"fn":"jsxs","type":"C","props":{"children":["X","ä"]},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"b":"<","data-x":"<"},"key":"\"","n":3}
// expect: {"fn":"jsx","type":"x-y","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":["hi","&nope;",{"fn":"jsx","type":"Fragment","props":{},"n":2}]},"key":"'","n":3}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"xlink:href":true},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"a":{"b":{}}},"key":{"fn":"jsx","type":"e","props":{},"n":2},"n":3}
// expect: {"fn":"jsxs","type":"C","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2},["f",{"fn":"jsx","type":"b","props":{},"n":2}],"&nope;",{"fn":"jsx","type":"a","props":{},"n":2}]},"key":"<","n":3}
// expect: {"fn":"jsx","type":"B","props":{"xlink:href":true,"children":" "},"key":{"fn":"jsx","type":"q","props":{},"n":2},"n":3}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"svg:rect","props":{"data-x":"\"","xlink:href":"a\nb","children":[1,2]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Foo","props":{"a":{"b":{}},"b":"v","xlink:href":[1],"children":"z "},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"b":[1]},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"svg:rect","props":{"0":"f"},"key":"'","n":3}
// expect: {"fn":"jsx","type":"a","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2}},"key":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"n":3}
// expect: {"fn":"jsx","type":"Foo","props":{"data-x":true,"children":"<"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsx","type":"c","props":{},"n":2},"a & b z"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"svg:rect","props":{"b":{"fn":"jsx","type":"e","props":{},"n":2},"children":[{"fn":"jsx","type":"B","props":{"data-x":{"a":1},"xlink:href":[1]},"key":"v","n":3},"X"]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"on-Click":"A","b":"a\nb"},"n":2}
// expect: E TypeError
// expect: {"fn":"jsxs","type":"Foo","props":{"xlink:href":"<","on-Click":"'","children":["ä",{"fn":"jsx","type":"a","props":{"data-x":"'"},"n":2},"ähi"]},"key":{"a":1},"n":3}
// expect: {"fn":"jsx","type":"B","props":{"xlink:href":"a\nb"},"n":2}
// expect: {"fn":"jsx","type":"div","props":{"on-Click":"\"","children":"A"},"key":true,"n":3}
// expect: {"fn":"jsx","type":"div","props":{"q":1,"children":"ä"},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"data-x":{"fn":"jsx","type":"q","props":{},"n":2},"b":"X"},"key":"v","n":3}
// expect: {"fn":"jsx","type":"Foo","props":{"children":{"fn":"jsx","type":"Fragment","props":{},"n":2}},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"div","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"xlink:href":{"fn":"jsx","type":"e","props":{},"n":2}},"key":"'","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{"children":" "},"n":2}
// expect: {"fn":"jsx","type":"div","props":{},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"a","props":{"on-Click":true,"data-x":{"fn":"jsx","type":"e","props":{"z":true},"n":2}},"key":true,"n":3}
// expect: E TypeError
// expect: {"fn":"jsx","type":"C","props":{"data-x":true},"n":2}
// expect: {"fn":"jsxs","type":"x-y","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"on-Click":true,"children":[{"fn":"jsx","type":"Fragment","props":{"children":3},"n":2},{"fn":"jsxs","type":"Foo","props":{"children":[" ",{"fn":"jsx","type":"Foo","props":{"b":[1],"xlink:href":[1]},"n":2}," hi"]},"n":2}]},"key":[1],"n":3}
// expect: {"fn":"jsxs","type":"div","props":{"on-Click":true,"b":true,"children":[{"fn":"jsx","type":"a","props":{"xlink:href":"'"},"n":2},"&nope;"]},"n":2}
// expect: {"fn":"jsxs","type":"Fragment","props":{"children":[{"fn":"jsxs","type":"svg:rect","props":{"children":[" x y",1,2]},"key":[1],"n":3}," ",{"fn":"jsx","type":"Fragment","props":{"children":{"fn":"jsx","type":"div","props":{"0":"f","xlink:href":true},"n":2}},"n":2}]},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"0":"f"},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"xlink:href":true,"on-Click":"v","data-x":true,"children":["A",1,2]},"n":2}
// expect: {"fn":"jsx","type":"Foo","props":{"xlink:href":"v","data-x":"'","children":"&nope;"},"n":2}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"x-y","props":{"0":"f"},"n":2}
// expect: {"fn":"jsxs","type":"a","props":{"children":[{"fn":"jsx","type":"a","props":{"xlink:href":true,"b":true,"children":" "},"n":2},["f",{"fn":"jsx","type":"b","props":{},"n":2}],{"fn":"jsx","type":"Foo","props":{"data-x":"v"},"key":true,"n":3}]},"key":"v","n":3}
// expect: {"fn":"jsxs","type":"C","props":{"children":[{"fn":"jsx","type":"div","props":{"children":"&nope;x y x y"},"n":2},{"fn":"jsx","type":"C","props":{},"n":2},"ä"]},"n":2}
// expect: E TypeError
// expect: {"fn":"jsx","type":"Foo","props":{},"key":"X","n":3}
// expect: E TypeError
// expect: E TypeError
// expect: {"fn":"jsx","type":"B","props":{"on-Click":true,"a":{"b":{}},"xlink:href":[1],"children":{"fn":"jsx","type":"Fragment","props":{},"n":2}},"n":2}
// expect: {"fn":"jsxs","type":"Foo","props":{"data-x":{"fn":"jsx","type":"e","props":{},"n":2},"b":"'","children":["A",{"fn":"jsxs","type":"Foo","props":{"xlink:href":"\"","on-Click":true,"children":[{"fn":"jsxs","type":"C","props":{"children":["&nope; ",{"fn":"jsx","type":"C","props":{"b":{"fn":"jsx","type":"e","props":{"z":true},"n":2},"children":{"fn":"jsx","type":"div","props":{},"n":2}},"n":2},"hi"]},"n":2},"😀😀"]},"n":2},3]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{},"n":2}
// expect: {"fn":"jsxs","type":"B","props":{"children":["😀",{"fn":"jsxs","type":"div","props":{"xlink:href":"\"","b":true,"children":["t1",{"fn":"jsx","type":"B","props":{"xlink:href":"\"","data-x":"X"},"n":2},"}"]},"n":2},"zx y"]},"n":2}
// expect: {"fn":"jsx","type":"B","props":{"b":true,"data-x":{"fn":"jsx","type":"e","props":{},"n":2}},"n":2}
// expect: {"fn":"jsx","type":"C","props":{"xlink:href":true,"b":"'"},"n":2}
// expect: {"fn":"jsx","type":"x-y","props":{},"n":2}
// expect: {"fn":"jsxs","type":"div","props":{"data-x":"\"","children":[" ",3,1,2]},"key":"<","n":3}
// expect: {"fn":"jsx","type":"Fragment","props":{},"n":2}
// expect: {"fn":"createElement","type":"div","props":{"0":"f","key":[1]},"children":[]}
// expect: {"fn":"jsxs","type":"x-y","props":{"children":[["f",{"fn":"jsx","type":"b","props":{},"n":2}],"&nope;",{"fn":"jsxs","type":"div","props":{"key":"v","children":["X",{"fn":"jsx","type":"Foo","props":{"data-x":"\"","children":{"fn":"jsx","type":"c","props":{},"n":2}},"n":2},"hi",{"fn":"jsx","type":"a","props":{},"n":2}]},"key":"A","n":3}]},"key":"A","n":3}
// expect: E TypeError
