/** @jsx make */
const make = (t: any, p: any, ...c: any[]) => "make:" + t + ":" + c.length;
const h = () => "h was not used";
console.log(<x>1 2 <y /></x>);
