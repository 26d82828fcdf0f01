// a promise still rejected with no handler after the microtask checkpoint ends the
// program with it, before any timer runs (Node and Deno: "Uncaught (in promise)")
setTimeout(() => console.log('never'), 5);
Promise.reject(new Error('nobody catches me'));
Promise.reject(new Error('handled')).catch(e => console.log(e.message));
// expect: handled
// expect uncaught: Error: nobody catches me
