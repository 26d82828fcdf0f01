"""The process's stdout and stderr as reflow writes to them: a line at a time, and a
failing stream is never a crash."""
import os


def write_line(out, text):
    """A line on the process's stdout or stderr. As Node's console does, a write that
    fails (the descriptor was closed, the disk is full) is dropped and the program
    goes on; only a pipe whose reader has gone (EPIPE, as in `reflow run x.js | head`)
    ends it, by the BrokenPipeError the CLI turns into a quiet exit."""
    write_text(out, text + '\n')


def write_text(out, text):
    """Text as it is (process.stdout.write: no newline added), as write_line writes."""
    if out is None:   # Python's stream for a descriptor closed before it started
        return
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        silence(out)
        raise
    except (OSError, ValueError):
        silence(out)


def silence(out):
    """Point a failing stream's descriptor at /dev/null, so that the data still in its
    buffer goes there (at the next flush or at exit) instead of failing again."""
    if out is None:
        return
    try:
        fd = out.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
        out.flush()
    except (OSError, ValueError):
        pass


