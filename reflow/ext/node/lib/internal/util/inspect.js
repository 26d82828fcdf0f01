'use strict';
// util.inspect, util.format and util.formatWithOptions: console's formatter and format
// (bindings/util.py), so a value prints the same through both; of inspect's options they
// honour depth, compact, breakLength, sorted and customInspect (colors are never used;
// showHidden, maxArrayLength, maxStringLength and getters are accepted and have no
// effect).
const ops = binding('util');
const { validateObject } = require('internal/validators');

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

function inspect(value, opts) {
  const ctx = { ...inspectDefaultOptions };
  if (arguments.length > 1 && (typeof opts !== 'object' || opts === null)) {
    // the legacy form inspect(value, showHidden, depth, colors)
    if (arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments[3] !== undefined) ctx.colors = arguments[3];
    if (typeof opts === 'boolean') ctx.showHidden = opts;
  } else if (opts) {
    for (const key of Object.keys(opts)) {
      if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      }
    }
  }
  return ops.inspect(value, ctx);
}

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    validateObject(options, 'options');
    Object.assign(inspectDefaultOptions, options);
  },
});
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

// the ANSI codes of inspect.colors, and which style each kind of value gets
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red',
  module: 'underline',
});

// console.log's format (console.py's format_args), so both print alike
function format(...args) {
  return ops.format(inspectDefaultOptions, ...args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return ops.format({ ...inspectDefaultOptions, ...inspectOptions }, ...args);
}

module.exports = { format, formatWithOptions, inspect, inspectDefaultOptions };
