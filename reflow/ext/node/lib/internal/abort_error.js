'use strict';
// Node's AbortError: what an aborted events.once, timers/promises... reject with
// (name 'AbortError', code 'ABORT_ERR', the signal's reason as its cause)

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// the error for an aborted signal
function abortedBy(signal) {
  return new AbortError(undefined, signal === undefined ? undefined : { cause: signal.reason });
}

module.exports = { AbortError, abortedBy };
