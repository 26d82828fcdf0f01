"""file: URLs of paths, as Node's url.pathToFileURL makes them: the WHATWG URL
parser's path percent-encode set (C0 controls, space, `"`, `#`, `<`, `>`, `?`, backtick,
`{`, `}` and everything above U+007E as UTF-8) plus `%`, `\\`, newline, carriage return
and tab, which Node encodes so that the URL reads back as the same path."""
import os

_ENCODE = frozenset(' "#<>?`{}%\\\n\r\t')


def path_to_file_url(path):
    path = os.path.abspath(path)
    out = []
    for ch in path:
        if ch in _ENCODE or ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.extend('%%%02X' % b for b in ch.encode('utf-8', 'surrogatepass'))
        else:
            out.append(ch)
    return 'file://' + ''.join(out)


__all__ = ['path_to_file_url']
