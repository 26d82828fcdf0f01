"""21.4 Date Objects: the constructor, Date.now / parse / UTC and Date.prototype
(date_time.py has the time arithmetic, the local time zone and the string formats)."""
import time

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import ordinary_to_primitive, to_number, to_primitive, \
    to_string
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import NULL, UNDEFINED
from . import date_time as dt
from .date_time import NAN, finite, local_time, make_date, make_day, make_time, \
    time_clip, utc
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


class DateObject(JSObject):
    """An object with a [[DateValue]] internal slot."""
    __slots__ = ('date_value',)

    def __init__(self, proto, value):
        JSObject.__init__(self, proto, 'Date')
        self.date_value = value


def now(realm):
    """The current time value, from the host's clock (the process's for a bare realm)."""
    host = realm.host
    return host.wall_clock_ms() if host is not None else float(time.time_ns() // 1000000)


# thisTimeValue ( value )
def this_time_value(this, method):
    if not isinstance(this, DateObject):
        raise type_error('this is not a Date object. (Date.prototype.%s)' % method)
    return this.date_value


# 21.4.2.1 Date ( ...values )
@reg.constructor('Date', 7, 'DatePrototype')
def date_ctor(realm, this, args, new_target):
    if new_target is None:
        return dt.to_date_string(now(realm))
    n = len(args)
    if n == 0:
        tv = now(realm)
    elif n == 1:
        value = args[0]
        if isinstance(value, DateObject):
            tv = value.date_value
        else:
            v = to_primitive(value)
            tv = dt.parse_date(v) if type(v) is str else to_number(v)
        tv = time_clip(tv)
    else:
        nums = [to_number(a) for a in args[:7]]
        nums += [1.0 if i == 2 else 0.0 for i in range(len(nums), 7)]
        y, m, d, h, mi, s, ms = nums
        yr = dt.make_full_year(y)
        tv = time_clip(utc(make_date(make_day(yr, m, d), make_time(h, mi, s, ms))))
    proto = get_prototype_from_constructor(realm, new_target, 'DatePrototype')
    return DateObject(proto, tv)


# 21.4.3.1 Date.now ( )
@reg.method('Date', 'now', 0)
def date_now(realm, this, args):
    return now(realm)


# 21.4.3.2 Date.parse ( string )
@reg.method('Date', 'parse', 1)
def date_parse(realm, this, args):
    return dt.parse_date(to_string(arg(args, 0)))


# 21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms
# ] ] ] ] ] ] )
@reg.method('Date', 'UTC', 7)
def date_utc(realm, this, args):
    nums = [to_number(a) for a in args[:7]]
    if not nums:
        nums = [NAN]
    nums += [1.0 if i == 2 else 0.0 for i in range(len(nums), 7)]
    y, m, d, h, mi, s, ms = nums
    return time_clip(make_date(make_day(dt.make_full_year(y), m, d),
                               make_time(h, mi, s, ms)))


# -- getters: 21.4.4.2 getDate ... 21.4.4.19 getUTCSeconds ------------------------------

def _getter(name, field, local):
    def get(realm, this, args):
        t = this_time_value(this, name)
        if t != t:
            return NAN
        return float(field(local_time(t) if local else t))
    get.__name__ = name
    return get


_FIELDS = {
    'Date': lambda t: dt.year_month_date(t)[2],
    'Day': dt.week_day,
    'FullYear': lambda t: dt.year_month_date(t)[0],
    'Hours': dt.hour_from_time,
    'Milliseconds': dt.ms_from_time,
    'Minutes': dt.min_from_time,
    'Month': lambda t: dt.year_month_date(t)[1],
    'Seconds': dt.sec_from_time,
}
for _field, _fn in _FIELDS.items():
    reg.method('DatePrototype', 'get' + _field, 0)(_getter('get' + _field, _fn, True))
    reg.method('DatePrototype', 'getUTC' + _field, 0)(_getter('getUTC' + _field, _fn, False))


# 21.4.4.10 Date.prototype.getTime ( ) / 21.4.4.44 Date.prototype.valueOf ( )
@reg.method('DatePrototype', 'getTime', 0)
def get_time(realm, this, args):
    return this_time_value(this, 'getTime')


@reg.method('DatePrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return this_time_value(this, 'valueOf')


# 21.4.4.11 Date.prototype.getTimezoneOffset ( )
@reg.method('DatePrototype', 'getTimezoneOffset', 0)
def get_timezone_offset(realm, this, args):
    t = this_time_value(this, 'getTimezoneOffset')
    if t != t:
        return NAN
    return (t - local_time(t)) / dt.MS_PER_MINUTE + 0.0


# -- setters: 21.4.4.20 setDate ... 21.4.4.29 setUTCSeconds ---------------------------

def _set(this, u):
    this.date_value = u
    return u


def _numbers(args, count):
    """ToNumber of the arguments that are present, in order (None for absent ones)."""
    return [to_number(args[i]) if i < len(args) else None for i in range(count)]


def _or(value, default):
    return default if value is None else value


def _date_setter(name, local, nfields):
    """setDate / setMonth / setFullYear and their UTC forms: the date fields."""
    def setter(realm, this, args):
        t = this_time_value(this, name)
        nums = _numbers(args, nfields)
        nums[0] = to_number(arg(args, 0)) if not args else nums[0]
        full_year = nfields == 3
        if t != t:
            if not full_year:
                return NAN
            t = 0.0
        elif local:
            t = local_time(t)
        y, m, d = dt.year_month_date(t)
        if nfields == 1:           # setDate ( date )
            y, m, d = float(y), float(m), nums[0]
        elif nfields == 2:         # setMonth ( month [ , date ] )
            y, m, d = float(y), nums[0], _or(nums[1], float(d))
        else:                      # setFullYear ( year [ , month [ , date ] ] )
            y, m, d = nums[0], _or(nums[1], float(m)), _or(nums[2], float(d))
        new = make_date(make_day(y, m, d), float(dt.time_within_day(t)))
        return _set(this, time_clip(utc(new) if local else new))
    setter.__name__ = name
    return setter


def _time_setter(name, local, first):
    """setHours / setMinutes / setSeconds / setMilliseconds and their UTC forms; the
    arguments fill the time fields from ``first`` (0 hours ... 3 ms)."""
    count = 4 - first

    def setter(realm, this, args):
        t = this_time_value(this, name)
        nums = _numbers(args, count)
        if not args:
            nums[0] = to_number(UNDEFINED)
        if t != t:
            return NAN
        if local:
            t = local_time(t)
        fields = [float(dt.hour_from_time(t)), float(dt.min_from_time(t)),
                  float(dt.sec_from_time(t)), float(dt.ms_from_time(t))]
        for i, v in enumerate(nums):
            if v is not None:
                fields[first + i] = v
        new = make_date(float(dt.day(t)), make_time(*fields))
        return _set(this, time_clip(utc(new) if local else new))
    setter.__name__ = name
    return setter


for _prefix, _local in (('set', True), ('setUTC', False)):
    reg.method('DatePrototype', _prefix + 'Date', 1)(_date_setter(_prefix + 'Date', _local, 1))
    reg.method('DatePrototype', _prefix + 'Month', 2)(
        _date_setter(_prefix + 'Month', _local, 2))
    reg.method('DatePrototype', _prefix + 'FullYear', 3)(
        _date_setter(_prefix + 'FullYear', _local, 3))
    for _first, _field in enumerate(('Hours', 'Minutes', 'Seconds', 'Milliseconds')):
        reg.method('DatePrototype', _prefix + _field, 4 - _first)(
            _time_setter(_prefix + _field, _local, _first))


# 21.4.4.27 Date.prototype.setTime ( time )
@reg.method('DatePrototype', 'setTime', 1)
def set_time(realm, this, args):
    this_time_value(this, 'setTime')
    return _set(this, time_clip(to_number(arg(args, 0))))


# -- strings: 21.4.4.35 toDateString ... 21.4.4.43 toUTCString ------------------------

# 21.4.4.35 Date.prototype.toDateString ( )
@reg.method('DatePrototype', 'toDateString', 0)
def to_date_string(realm, this, args):
    tv = this_time_value(this, 'toDateString')
    if tv != tv:
        return 'Invalid Date'
    return dt.date_string(local_time(tv))


# 21.4.4.36 Date.prototype.toISOString ( )
@reg.method('DatePrototype', 'toISOString', 0)
def to_iso_string(realm, this, args):
    tv = this_time_value(this, 'toISOString')
    if not finite(tv):
        raise JSErrorSignal('RangeError', 'Invalid time value')
    return dt.iso_string(tv)


# 21.4.4.37 Date.prototype.toJSON ( key )
@reg.method('DatePrototype', 'toJSON', 1)
def to_json(realm, this, args):
    o = realm.to_object(this)
    tv = to_primitive(o, 'number')
    if type(tv) is float and not finite(tv):
        return NULL
    f = o.get('toISOString')
    if not is_callable(f):
        raise type_error('toISOString is not a function')
    return f.call(o, [])


# 21.4.4.38-40 toLocaleDateString / toLocaleString / toLocaleTimeString: the en-US
# forms ("1/31/2024, 1:05:09 PM"), as an implementation without ECMA-402 may choose
def _locale_date(t):
    y, m, d = dt.year_month_date(t)
    return '%d/%d/%d' % (m + 1, d, y)


def _locale_time(t):
    h = dt.hour_from_time(t)
    return '%d:%02d:%02d %s' % (h % 12 or 12, dt.min_from_time(t), dt.sec_from_time(t),
                                'PM' if h >= 12 else 'AM')


@reg.method('DatePrototype', 'toLocaleDateString', 0)
def to_locale_date_string(realm, this, args):
    tv = this_time_value(this, 'toLocaleDateString')
    return 'Invalid Date' if tv != tv else _locale_date(local_time(tv))


@reg.method('DatePrototype', 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    tv = this_time_value(this, 'toLocaleString')
    if tv != tv:
        return 'Invalid Date'
    t = local_time(tv)
    return '%s, %s' % (_locale_date(t), _locale_time(t))


@reg.method('DatePrototype', 'toLocaleTimeString', 0)
def to_locale_time_string(realm, this, args):
    tv = this_time_value(this, 'toLocaleTimeString')
    return 'Invalid Date' if tv != tv else _locale_time(local_time(tv))


# 21.4.4.41 Date.prototype.toString ( )
@reg.method('DatePrototype', 'toString', 0)
def date_to_string(realm, this, args):
    return dt.to_date_string(this_time_value(this, 'toString'))


# 21.4.4.42 Date.prototype.toTimeString ( )
@reg.method('DatePrototype', 'toTimeString', 0)
def to_time_string(realm, this, args):
    tv = this_time_value(this, 'toTimeString')
    if tv != tv:
        return 'Invalid Date'
    return dt.time_string(local_time(tv)) + dt.time_zone_string(tv)


# 21.4.4.43 Date.prototype.toUTCString ( )
@reg.method('DatePrototype', 'toUTCString', 0)
def to_utc_string(realm, this, args):
    tv = this_time_value(this, 'toUTCString')
    if tv != tv:
        return 'Invalid Date'
    return dt.utc_string(tv)


# 21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint )
@reg.method('DatePrototype', '@@toPrimitive', 1, flags=CONFIGURABLE)
def to_primitive_method(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('Date.prototype[Symbol.toPrimitive] called on non-object')
    hint = arg(args, 0)
    if hint in ('string', 'default'):
        return ordinary_to_primitive(this, 'string')
    if hint == 'number':
        return ordinary_to_primitive(this, 'number')
    raise type_error('Invalid hint: %s' % realm.describe(hint))


# B.2.3.1 Date.prototype.getYear ( )
@reg.method('DatePrototype', 'getYear', 0)
def get_year(realm, this, args):
    t = this_time_value(this, 'getYear')
    if t != t:
        return NAN
    return float(dt.year_month_date(local_time(t))[0] - 1900)


# B.2.3.2 Date.prototype.setYear ( year )
@reg.method('DatePrototype', 'setYear', 1)
def set_year(realm, this, args):
    t = this_time_value(this, 'setYear')
    y = to_number(arg(args, 0))
    t = 0.0 if t != t else local_time(t)
    yyyy = dt.make_full_year(y)
    if yyyy != yyyy:
        return _set(this, NAN)
    _, m, d = dt.year_month_date(t)
    new = make_date(make_day(yyyy, float(m), float(d)), float(dt.time_within_day(t)))
    return _set(this, time_clip(utc(new)))


@reg.setup
def setup(realm):
    # B.2.3.3 Date.prototype.toGMTString is the same function object as toUTCString
    proto = realm.intrinsics['DatePrototype']
    proto.define('toGMTString', proto.get('toUTCString'))
