"""The YAML frontmatter of a test262 file (/*--- ... ---*/), for the subset test262
uses: scalars, [flow, lists], block lists and one level of nested mappings; block
scalars (| and >) are read as text."""
import re

_BLOCK = re.compile(r'/\*---(.*?)---\*/', re.S)


def _scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in '\'"':
        return text[1:-1]
    return text


def _flow_list(text):
    inner = text.strip()[1:-1]
    return [_scalar(x) for x in inner.split(',') if x.strip()]


def parse_frontmatter(source):
    """The frontmatter of a test file as a dict ({} when there is none)."""
    m = _BLOCK.search(source)
    if m is None:
        return {}
    lines = m.group(1).replace('\r\n', '\n').replace('\r', '\n').split('\n')
    result = {}
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith('#') or line[:1] in ' \t':
            continue
        key, sep, rest = line.partition(':')
        if not sep:
            continue
        key = key.strip()
        rest = rest.strip()
        if rest.startswith('['):
            result[key] = _flow_list(rest)
        elif rest in ('|', '>', '|-', '>-', '|+', '>+'):
            block = []
            while i < n and (not lines[i].strip() or lines[i][:1] in ' \t'):
                block.append(lines[i].strip())
                i += 1
            result[key] = '\n'.join(block).strip()
        elif rest:
            result[key] = _scalar(rest)
        else:
            # a block list or a nested mapping, indented below the key
            items = []
            mapping = {}
            while i < n and (not lines[i].strip() or lines[i][:1] in ' \t'):
                sub = lines[i].strip()
                i += 1
                if not sub:
                    continue
                if sub.startswith('- '):
                    items.append(_scalar(sub[2:]))
                else:
                    k, s, v = sub.partition(':')
                    if s:
                        v = v.strip()
                        mapping[k.strip()] = _flow_list(v) if v.startswith('[') else \
                            _scalar(v)
            result[key] = items if items else mapping
    return result


class TestInfo:
    """What the runner needs from a test's frontmatter."""
    __test__ = False   # not a pytest class
    __slots__ = ('includes', 'flags', 'features', 'negative_phase', 'negative_type')

    def __init__(self, meta):
        self.includes = list(meta.get('includes') or [])
        self.flags = set(meta.get('flags') or [])
        self.features = list(meta.get('features') or [])
        negative = meta.get('negative') or {}
        if not isinstance(negative, dict):
            negative = {}
        self.negative_phase = negative.get('phase')
        self.negative_type = negative.get('type')
