'use strict';
// assert.AssertionError and the messages Node 20 generates for it: for strictEqual and
// deepStrictEqual a line diff of both values as inspect shows them (compact: false,
// sorted), "+ actual - expected", with runs of identical lines collapsed.
const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// values shorter than this together are shown as `a !== b`
const kMaxShortLength = 12;
// a diff longer than this many lines is cut
const kMaxLines = 50;

function inspectValue(val) {
  return inspect(val, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

function isObjectOrFunction(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// the first kMaxLines - 4 lines of a long rendering, then '...'
function shortened(lines) {
  return lines.length > kMaxLines ? [...lines.slice(0, kMaxLines - 4), '...'] : lines;
}

// header: the caller's message in place of the operator's words
function createErrDiff(actual, expected, operator, header) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let indicator = '';
  // two different one-line values: short primitives as `a !== b`; else a caret under
  // the first differing character
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const [a, b] = [actualLines[0], expectedLines[0]];
    const inputLength = a.length + b.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectOrNull(actual) && !isObjectOrNull(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${header || kReadableOperator[operator]}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      let i = 0;
      while (a[i] === b[i]) i++;
      if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
    }
  }

  // the identical lines at the end: the last three are shown, with the first of
  // them before '...' where there are more
  const tail = [];
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    tail.unshift(actualLines.pop());
    expectedLines.pop();
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    return `${kReadableOperator.notIdentical}\n\n${shortened(actualInspected.split('\n')).join('\n')}\n`;
  }
  let skipped = false;
  let end = tail.slice(-3).map((line) => `\n  ${line}`).join('');
  if (tail.length >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (tail.length >= 4) end = `\n  ${tail[0]}${end}`;

  const msg = `${header || kReadableOperator[operator]}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  let res = '';
  let other = '';     // the expected side of the lines that differ, shown after them
  let printed = 0;
  let identical = 0;  // the identical lines since the last difference
  const longer = actualLines.length >= expectedLines.length ? actualLines : expectedLines;
  const shorterLength = Math.min(actualLines.length, expectedLines.length);

  // before a difference, the identical lines not shown yet: all of up to five, else
  // '...' and the last two
  const context = (lines, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printed++;
      }
      res += `\n  ${lines[i - 1]}`;
      printed++;
    }
    identical = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      // lines only one side has
      context(longer, i);
      if (longer === actualLines) res += `\n+ ${longer[i]}`;
      else other += `\n- ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // lines equal but for a trailing comma count as equal
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        context(actualLines, i);
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > kMaxLines && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n...${other}\n...`;
    }
  }
  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function isObjectOrNull(v) {
  return typeof v === 'object' && v !== null;
}

function notEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const lines = shortened(inspectValue(actual).split('\n'));
  if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else if (kReadableOperator[`${operator}Unequal`]) {
    res = `${kReadableOperator[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
  } else {
    other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, actual, expected } = options;
    let text;
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(actual, expected, operator, message != null ? String(message) : undefined);
    } else if (message != null) {
      text = String(message);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      text = notEqualMessage(actual, operator);
    } else {
      text = otherMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    // the stack's first line as Node's: "AssertionError [ERR_ASSERTION]: ..."
    if (typeof this.stack === 'string' && this.stack.startsWith('Error')) {
      this.stack = `AssertionError [ERR_ASSERTION]${this.stack.slice(5)}`;
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, inspectValue };
