'use strict';
// node:timers/promises: setTimeout and setImmediate as promises, setInterval as an async
// generator, scheduler.wait/yield; on node:timers. A signal (options.signal) is any
// object shaped as AbortSignal (reflow has no AbortController of its own yet).

const timers = require('timers');
const { abortedBy } = require('internal/abort_error');
const { validateAbortSignal, validateBoolean, validateObject } =
  require('internal/validators');

// options' signal and ref, checked as Node checks them
function optionsOf(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// a promise settled by `start(resolve)` unless the signal aborts it first
function cancellable(signal, start, cancel) {
  if (signal !== undefined && signal.aborted) return Promise.reject(abortedBy(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal !== undefined) {
      onAbort = () => {
        cancel(handle);
        reject(abortedBy(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = optionsOf(options));
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(signal, (resolve) => {
    const timeout = timers.setTimeout(() => resolve(value), after);
    if (!ref) timeout.unref();
    return timeout;
  }, (timeout) => timers.clearTimeout(timeout));
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = optionsOf(options));
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(signal, (resolve) => {
    const immediate = timers.setImmediate(() => resolve(value));
    if (!ref) immediate.unref();
    return immediate;
  }, (immediate) => timers.clearImmediate(immediate));
}

// yields `value` once per interval that passed, until the consumer stops or the signal
// aborts
async function* setInterval(after, value, options = {}) {
  const { signal, ref } = optionsOf(options);
  if (signal !== undefined && signal.aborted) throw abortedBy(signal);
  let notYielded = 0;
  let wake = null;
  let aborted = false;
  const interval = timers.setInterval(() => {
    notYielded++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  const onAbort = () => {
    aborted = true;
    if (wake !== null) {
      wake();
      wake = null;
    }
  };
  if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (!aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      for (; notYielded > 0 && !aborted; notYielded--) yield value;
    }
    throw abortedBy(signal);
  } finally {
    timers.clearInterval(interval);
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
