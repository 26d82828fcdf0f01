'use strict';
// node:timers: setTimeout/setInterval giving Node's Timeout objects, setImmediate's
// Immediate, on the realm's event loop (the timers of the global setTimeout, so a
// Timeout's id, its Symbol.toPrimitive, is one the global clearTimeout takes too).

const { validateFunction } = require('internal/validators');
const b = binding('timers');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kId = Symbol('timerId');
const kRefed = Symbol('refed');
const kArming = Symbol('arming');

// Node's rule for a delay: a number in [1, TIMEOUT_MAX], else 1 (with a warning when
// it is too large)
function delayOf(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat) {
    this._idleTimeout = delayOf(after);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? this._idleTimeout : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kId] = undefined;
    this[kArming] = undefined;
  }

  // put on the event loop (again, under the same id, when refreshed)
  _arm() {
    const arming = this[kArming] = {};
    this[kId] = b.setTimer(() => {
      const callback = this._onTimeout;
      try {
        if (typeof callback === 'function') Reflect.apply(callback, this, this._timerArgs);
      } finally {
        // a timeout is spent once its callback returned, unless it refreshed itself
        if (this._repeat === null && this[kArming] === arming) this._destroyed = true;
      }
    }, this._idleTimeout, this._repeat !== null, this[kId]);
    if (!this[kRefed]) b.setTimerRef(this[kId], false);
  }

  refresh() {
    if (this._onTimeout !== null) {
      this._destroyed = false;
      this._arm();
    }
    return this;
  }

  ref() {
    this[kRefed] = true;
    b.setTimerRef(this[kId], true);
    return this;
  }

  unref() {
    this[kRefed] = false;
    b.setTimerRef(this[kId], false);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this[kId];
  }
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args, false);
  timeout._arm();
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, args, true);
  timeout._arm();
  return timeout;
}

function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    timer._onTimeout = null;
    timer._destroyed = true;
    b.clearTimer(timer[kId]);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    b.clearTimer(+timer);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kId] = b.setImmediate(() => {
      this._destroyed = true;
      Reflect.apply(this._onImmediate, this, this._argv);
    });
  }

  ref() {
    this[kRefed] = true;
    b.setImmediateRef(this[kId], true);
    return this;
  }

  unref() {
    this[kRefed] = false;
    b.setImmediateRef(this[kId], false);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (immediate instanceof Immediate && !immediate._destroyed) {
    immediate._destroyed = true;
    b.clearImmediate(immediate[kId]);
  }
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval: clearTimeout,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true, configurable: true,
});
