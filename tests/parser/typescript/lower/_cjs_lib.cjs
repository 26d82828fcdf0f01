console.log('loaded _cjs_lib');
module.exports = function greet(who) { return 'hi ' + who; };
module.exports.shout = (s) => s.toUpperCase() + '!';
