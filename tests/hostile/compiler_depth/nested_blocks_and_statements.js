// Blocks, ifs, loops and try statements nested 900 deep.
eval('{'.repeat(900) + 'console.log("blocks")' + '}'.repeat(900));
eval('if (true) '.repeat(900) + 'console.log("ifs")');
eval('for (let i = 0; i < 1; i++) '.repeat(300) + 'console.log("loops")');
eval('try { '.repeat(300) + 'throw "x"' + ' } finally { }'.repeat(299) + ' } catch (e) { console.log("caught", e) }');

// expect: blocks
// expect: ifs
// expect: loops
// expect: caught x
