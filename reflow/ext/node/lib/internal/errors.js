'use strict';
// Node's internal errors: classes keyed by a code (ERR_INVALID_ARG_TYPE, ...), each a
// subclass of TypeError, RangeError, Error..., whose instances carry an enumerable
// `code`, keep the base class's `name`, and have a stack and toString() of the form
// "TypeError [ERR_X]: message", as Node's errors do.
// Other built-ins register their own codes with `E(code, message, Base)`, where message
// is a string (with %s / %d / %j placeholders) or a function of the arguments.

const codes = {};
const messages = new Map();

let inspectOp;
function inspect(value, options) {
  if (inspectOp === undefined) inspectOp = binding('util').inspect;
  return inspectOp(value, options);
}

// the message of error `code` made with `args`
function getMessage(code, args) {
  const msg = messages.get(code);
  if (typeof msg === 'function') return msg(...args);
  let i = 0;
  return msg.replace(/%[sdj%]/g, (spec) => {
    if (spec === '%%') return '%';
    const arg = args[i++];
    if (spec === '%d') return String(Number(arg));
    if (spec === '%j') return JSON.stringify(arg);
    return typeof arg === 'string' ? arg : inspect(arg);
  });
}

// the stack's first line names the code, as Node's does
function tagStack(err, code) {
  const stack = err.stack;
  if (typeof stack === 'string') {
    const head = `${err.name}: `;
    if (stack.startsWith(head)) {
      err.stack = `${err.name} [${code}]: ${stack.slice(head.length)}`;
    }
  }
}

function makeNodeErrorClass(Base, code) {
  // a named class so that the stack's frames and inspect show it as Node's do
  return class NodeError extends Base {
    constructor(...args) {
      super(getMessage(code, args));
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
      tagStack(this, code);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
}

// an error of class Base with `code` and a message of its own (as Node's C++ side
// throws them)
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  tagStack(err, code);
  return err;
}

// register error `code`; Base is the class it extends (Error, TypeError, RangeError...)
function E(code, message, Base) {
  messages.set(code, message);
  codes[code] = makeNodeErrorClass(Base, code);
}

// -- describing values in messages ------------------------------------------------

function addNumericalSeparator(text) {
  let res = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${text.slice(i - 3, i)}${res}`;
  return `${text.slice(0, i)}${res}`;
}

// how Node names a wrong value after "Received "
function determineSpecificType(value) {
  if (value == null) return String(value);
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

// "a, b, or c" / "a or b" / "a"
function listOf(items, lead, leadPlural) {
  if (items.length > 2) {
    return `${leadPlural}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  }
  if (items.length === 2) return `${leadPlural}${items[0]} or ${items[1]}`;
  return `${lead}${items[0]}`;
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const className = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (primitiveTypes.includes(value)) types.push(value.toLowerCase());
    else if (className.test(value)) instances.push(value);
    else other.push(value);
  }
  // "an instance of X or Object" reads better than "of type object or an instance of X"
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(listOf(types, 'of type ', 'one of type '));
  if (instances.length > 0) {
    parts.push(instances.length > 2 ? listOf(instances, '', 'an instance of ')
      : `an instance of ${instances.join(' or ')}`);
  }
  if (other.length > 0) {
    const article = other.length === 1 && other[0].toLowerCase() !== other[0] ? 'an ' : '';
    parts.push(listOf(other, article, 'one of '));
  }
  return `${msg}${parts.join(' or ')}. Received ${determineSpecificType(actual)}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean) {
  let msg = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${shown}`;
}

function missingArgsMessage(...args) {
  let msg = 'The ';
  const names = args.map((a) => (Array.isArray(a) ? a.map((n) => `"${n}"`).join(' or ')
    : `"${a}"`));
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name) => (name ? `"${name}" is outside of buffer bounds`
  : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s',
  TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s',
  TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the ${JSON.stringify(name)} function but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  const list = Array.isArray(expected) ? expected : [expected];
  return `The URL must be ${list.length === 2 ? 'one of scheme' : 'of scheme'} ` +
    `${list.join(' or ')}`;
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', missingArgsMessage, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNHANDLED_ERROR', (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${typeof err === 'string' ? err : inspect(err)})`;
}, Error);

// an ERR_INVALID_URL carries the input
const InvalidURL = codes.ERR_INVALID_URL;
codes.ERR_INVALID_URL = class extends InvalidURL {
  constructor(input, base) {
    super();
    this.input = input;
    if (base !== undefined) this.base = base;
  }
};
Object.defineProperty(codes.ERR_INVALID_URL, 'name', { value: 'NodeError' });

module.exports = {
  codes,
  E,
  addNumericalSeparator,
  determineSpecificType,
  getMessage,
  nodeError,
};
