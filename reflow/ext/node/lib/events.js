'use strict';
// node:events, as Node 22 has it: EventEmitter (a plain function, so that
// `EventEmitter.call(this)` and util.inherits work), events.once, events.on.
// A type's listeners are stored as Node stores them in `_events` (one function, or an
// array of them once there are two), which some packages read directly.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR } } =
  require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateAbortSignal } =
  require('internal/validators');

const { abortedBy } = require('internal/abort_error');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const errorMonitor = Symbol('events.errorMonitor');

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts !== undefined && opts !== null && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean',
                                     opts.captureRejections);
    }
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// what emit('error', er) throws when nothing listens for 'error'
function unhandledError(er) {
  if (er instanceof Error) return er;
  // the message shows the value as util.inspect does ('text' quoted)
  let shown;
  try {
    shown = binding('util').inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[errorMonitor] !== undefined) {
      this.emit(errorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) {
      throw unhandledError(args[0]);
    }
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    callListener(this, type, handler, args);
  } else {
    // a copy: a listener that adds or removes listeners does not change this emit
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) callListener(this, type, listeners[i], args);
  }
  return true;
};

function callListener(that, type, listener, args) {
  const result = Reflect.apply(listener, that, args);
  // captureRejections: an async listener's rejection becomes an 'error' event
  if (that[kCapture] === true && result !== undefined && result !== null &&
      typeof result.then === 'function') {
    result.then(undefined, (err) => {
      process.nextTick(() => {
        if (typeof that[kRejection] === 'function') that[kRejection](err, type, ...args);
        else that.emit('error', err);
      });
    });
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    // the listener the caller gave, not once()'s wrapper
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  let count;
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    count = 1;
  } else {
    const list = typeof existing === 'function' ?
      (events[type] = prepend ? [listener, existing] : [existing, listener]) : existing;
    if (typeof existing !== 'function') {
      if (prepend) list.unshift(listener);
      else list.push(listener);
    }
    count = list.length;
    const max = maxListenersOf(target);
    if (max > 0 && count > max && !list.warned) {
      list.warned = true;
      const name = target.constructor ? target.constructor.name : 'EventEmitter';
      const w = new Error(
        `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
        `added to [${name}]. MaxListeners is ${max}. Use emitter.setMaxListeners() to ` +
        'increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = count;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// once()'s wrapper (a bound function, 'bound onceWrapper', as Node's): removes itself,
// then calls the listener once
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) events[type] = undefined;
    else if (this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // the last one added that matches
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    // nobody is told: drop them at once
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    // every type but removeListener, then removeListener itself
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // last in, first out
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    return listener == null || list === listener || list.listener === listener ? 1 : 0;
  }
  if (listener == null) return list.length;
  let n = 0;
  for (const l of list) if (l === listener || l.listener === listener) n++;
  return n;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// -- the statics -------------------------------------------------------------------------

// events.once(emitter, name[, options]): a promise of the arguments of the next emit
async function once(emitter, name, options = {}) {
  validateObject(options, 'options', { nullable: true });
  const signal = options == null ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  return new Promise((resolve, reject) => {
    if (signal !== undefined && signal.aborted) {
      reject(abortedBy(signal));
      return;
    }
    const onError = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', onError);
      reject(abortedBy(signal));
    };
    if (typeof emitter.addEventListener === 'function' && typeof emitter.once !== 'function') {
      emitter.addEventListener(name, (...args) => resolve(args), { once: true });
    } else {
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', onError);
    }
    if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });
  });
}

// events.on(emitter, name[, options]): an async iterator of the arguments of each emit
function on(emitter, event, options = {}) {
  validateObject(options, 'options', { nullable: true });
  const signal = options == null ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) throw abortedBy(signal);
  const unconsumed = [];   // emits nobody has asked for yet
  const waiting = [];      // next() calls waiting for an emit: {resolve, reject}
  let error = null;
  let finished = false;

  const onEvent = (...args) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
    else unconsumed.push(args);
  };
  const onError = (err) => {
    finished = true;
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    iterator.return();
  };
  const onAbort = () => onError(abortedBy(signal));
  emitter.on(event, onEvent);
  if (event !== 'error') emitter.on('error', onError);
  if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });

  const iterator = {
    next() {
      if (unconsumed.length > 0) {
        return Promise.resolve({ value: unconsumed.shift(), done: false });
      }
      if (error !== null) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, onEvent);
      emitter.removeListener('error', onError);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      finished = true;
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

function getEventListeners(emitter, type) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(type);
  return [];
}

function getMaxListeners(emitter) {
  if (typeof emitter.getMaxListeners === 'function') return emitter.getMaxListeners();
  return defaultMaxListeners;
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const target of targets) {
      if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
      else throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'],
                                          target);
    }
  }
}

// EventEmitter.listenerCount(emitter, type), deprecated but still there
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}

Object.defineProperties(EventEmitter, {
  once: { value: once, writable: true, enumerable: true, configurable: true },
  on: { value: on, writable: true, enumerable: true, configurable: true },
  getEventListeners: { value: getEventListeners, writable: true, enumerable: true,
                       configurable: true },
  getMaxListeners: { value: getMaxListeners, writable: true, enumerable: true,
                     configurable: true },
  EventEmitter: { value: EventEmitter, writable: true, enumerable: true, configurable: true },
  usingDomains: { value: false, writable: true, enumerable: true, configurable: true },
  captureRejectionSymbol: { value: kRejection, writable: false, enumerable: true,
                            configurable: true },
  captureRejections: {
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      if (typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
      }
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true, configurable: true,
  },
  errorMonitor: { value: errorMonitor, writable: false, enumerable: true, configurable: true },
  defaultMaxListeners: {
    get() { return defaultMaxListeners; },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
    enumerable: true, configurable: true,
  },
  setMaxListeners: { value: setMaxListeners, writable: true, enumerable: true,
                     configurable: true },
});
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false,
});

module.exports = EventEmitter;
