// 19.2.5 parseInt step 16: a zero result keeps the sign of the text
// expect: true true true true
console.log(Object.is(parseInt('-0'), -0), Object.is(parseInt('-0.5'), -0), Object.is(Number.parseInt(-0.5), -0), Object.is(parseInt('-0x0'), -0));
// expect: true true -255 -9007199254740992
console.log(Object.is(parseInt('0'), 0), Object.is(parseInt('+0'), 0), parseInt('-ff', 16), parseInt('-9007199254740993'));
