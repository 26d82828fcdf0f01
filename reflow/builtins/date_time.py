"""21.4.1 Overview of Date Objects and Definitions of Abstract Operations: time values,
the local time zone, and the string formats Date reads and writes.

Time values are floats (milliseconds since the epoch, NaN when invalid); the calendar
arithmetic is done on Python ints, so it is exact over the whole ±8.64e15 ms range."""
import math
import re
import time

from reflow.parser.numeric import digits_to_int, int_to_float

NAN = float('nan')
MS_PER_DAY = 86400000
MS_PER_HOUR = 3600000
MS_PER_MINUTE = 60000
MS_PER_SECOND = 1000
MAX_TIME = 8.64e15
WEEKDAYS = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')
MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
          'Dec')


def finite(x):
    return x == x and x not in (math.inf, -math.inf)


# 21.4.1.3 Day ( t ) / 21.4.1.4 TimeWithinDay ( t )
def day(t):
    return int(t // MS_PER_DAY)


def time_within_day(t):
    return int(t % MS_PER_DAY)


# days since the epoch of a proleptic Gregorian civil date (month 1..12)
def days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    """(year, month 0..11, date 1..31) of a day number."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m - 1, d


# 21.4.1.? YearFromTime, MonthFromTime, DateFromTime, WeekDay, and the time fields
def year_month_date(t):
    return civil_from_days(day(t))


def week_day(t):
    return (day(t) + 4) % 7


def hour_from_time(t):
    return int(t // MS_PER_HOUR) % 24


def min_from_time(t):
    return int(t // MS_PER_MINUTE) % 60


def sec_from_time(t):
    return int(t // MS_PER_SECOND) % 60


def ms_from_time(t):
    return int(t % MS_PER_SECOND)


def _to_integer(x):
    """ToIntegerOrInfinity on an already finite Number."""
    return float(math.trunc(x)) + 0.0


# 21.4.1.27 MakeTime ( hour, min, sec, ms )
def make_time(hour, minute, sec, ms):
    if not (finite(hour) and finite(minute) and finite(sec) and finite(ms)):
        return NAN
    return (_to_integer(hour) * MS_PER_HOUR + _to_integer(minute) * MS_PER_MINUTE) + \
        _to_integer(sec) * MS_PER_SECOND + _to_integer(ms)


# 21.4.1.28 MakeDay ( year, month, date )
def make_day(year, month, date):
    if not (finite(year) and finite(month) and finite(date)):
        return NAN
    y, m, dt = _to_integer(year), _to_integer(month), _to_integer(date)
    ym = y + math.floor(m / 12)
    if not finite(ym) or abs(ym) > 400000:
        return NAN   # no finite time value lies in that year
    mn = int(m % 12)
    return float(days_from_civil(int(ym), mn + 1, 1)) + dt - 1


# 21.4.1.29 MakeDate ( day, time )
def make_date(day_, time_):
    if not (finite(day_) and finite(time_)):
        return NAN
    tv = day_ * MS_PER_DAY + time_
    return tv if finite(tv) else NAN


# 21.4.1.30 MakeFullYear ( year )
def make_full_year(year):
    if not finite(year):
        return year
    y = _to_integer(year)
    return 1900 + y if 0 <= y <= 99 else y


# 21.4.1.31 TimeClip ( time )
def time_clip(t):
    if not finite(t) or abs(t) > MAX_TIME:
        return NAN
    return _to_integer(t)


# -- the local time zone ------------------------------------------------------------

def _offset_seconds(seconds):
    """The host time zone's UTC offset at a UTC instant, in seconds. Instants the C
    library cannot represent are moved to a year with the same calendar (28-year
    cycle), as engines do."""
    try:
        return time.localtime(seconds).tm_gmtoff
    except (OverflowError, OSError, ValueError):
        y, m, d = civil_from_days(int(seconds // 86400))
        shift = (2000 + (y - 2000) % 28) - y
        moved = seconds + (days_from_civil(y + shift, 1, 1) - days_from_civil(y, 1, 1)) \
            * 86400
        try:
            return time.localtime(moved).tm_gmtoff
        except (OverflowError, OSError, ValueError):
            return 0


# 21.4.1.25 LocalTZA ( t, isUTC ) in milliseconds
def local_tza(t, is_utc):
    if is_utc:
        return _offset_seconds(t / 1000) * 1000
    # t is local: an offset o is right when the instant t - o has offset o. Of two
    # (a repeated hour) the earlier instant wins; in a skipped hour, the offset from
    # before the transition applies
    s = t / 1000
    before = _offset_seconds(s - 86400)
    after = _offset_seconds(s + 86400)
    valid = [o for o in (before, after) if _offset_seconds(s - o) == o]
    if not valid:
        return before * 1000
    return max(valid) * 1000


# 21.4.1.26 LocalTime ( t ) / 21.4.1.27 UTC ( t )
def local_time(t):
    return t + local_tza(t, True)


def utc(t):
    if not finite(t):
        return NAN
    return t - local_tza(t, False)


def time_zone_name(t):
    try:
        return time.localtime(t / 1000).tm_zone or 'UTC'
    except (OverflowError, OSError, ValueError):
        return time.localtime(0).tm_zone or 'UTC'


# -- formatting: 21.4.4.41.1 TimeString ... 21.4.4.41.4 TimeZoneString -------------

def _year_string(y):
    return '%04d' % y if y >= 0 else '-%04d' % -y


def date_string(tv):
    y, m, d = year_month_date(tv)
    return '%s %s %02d %s' % (WEEKDAYS[week_day(tv)], MONTHS[m], d, _year_string(y))


def time_string(tv):
    return '%02d:%02d:%02d GMT' % (hour_from_time(tv), min_from_time(tv),
                                   sec_from_time(tv))


def time_zone_string(tv):
    offset = local_tza(tv, True) // 60000
    sign = '+' if offset >= 0 else '-'
    offset = abs(offset)
    return '%s%02d%02d (%s)' % (sign, offset // 60, offset % 60, time_zone_name(tv))


# 21.4.4.41.4 ToDateString ( tv )
def to_date_string(tv):
    if tv != tv:
        return 'Invalid Date'
    t = local_time(tv)
    return '%s %s%s' % (date_string(t), time_string(t), time_zone_string(tv))


def utc_string(tv):
    y, m, d = year_month_date(tv)
    return '%s, %02d %s %s %s' % (WEEKDAYS[week_day(tv)], d, MONTHS[m], _year_string(y),
                                  time_string(tv))


def iso_string(tv):
    y, m, d = year_month_date(tv)
    year = '%04d' % y if 0 <= y <= 9999 else ('+%06d' % y if y > 0 else '-%06d' % -y)
    return '%s-%02d-%02dT%02d:%02d:%02d.%03dZ' % (
        year, m + 1, d, hour_from_time(tv), min_from_time(tv), sec_from_time(tv),
        ms_from_time(tv))


# -- parsing: 21.4.3.2 Date.parse ( string ) ------------------------------------------

# 21.4.1.32 Date Time String Format, with the expanded years of 21.4.1.32.1
_ISO = re.compile(r'''
    (?P<year>[+-]\d{6}|\d{4})
    (?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?
    (?:T(?P<hour>\d{2}):(?P<minute>\d{2})
        (?::(?P<second>\d{2})(?:[.,](?P<frac>\d+))?)?
        (?P<tz>Z|[+-]\d{2}:\d{2})?)?
    $''', re.X | re.A)


def parse_iso(s):
    m = _ISO.match(s)
    if m is None:
        return None
    g = m.group
    if g('year') == '-000000':
        return NAN
    year = int(g('year'))
    month = int(g('month') or 1)
    dd = int(g('day') or 1)
    hour = int(g('hour') or 0)
    minute = int(g('minute') or 0)
    second = int(g('second') or 0)
    ms = int((g('frac') or '0')[:3].ljust(3, '0'))
    if not (1 <= month <= 12 and 1 <= dd <= _days_in_month(year, month) and
            hour <= 24 and minute <= 59 and second <= 59):
        return NAN
    if hour == 24 and (minute or second or ms):
        return NAN
    t = float(days_from_civil(year, month, dd)) * MS_PER_DAY + \
        ((hour * 60 + minute) * 60 + second) * 1000 + ms
    tz = g('tz')
    if tz is None:
        # date-only forms are UTC, date-time forms without an offset are local time
        return time_clip(t if g('hour') is None else utc(t))
    if tz != 'Z':
        sign = 1 if tz[0] == '+' else -1
        offset = int(tz[1:3]) * 60 + int(tz[4:6])
        if int(tz[1:3]) > 23 or int(tz[4:6]) > 59:
            return NAN
        t -= sign * offset * MS_PER_MINUTE
    return time_clip(t)


def _days_in_month(year, month):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


_TOKEN = re.compile(r'\s*(?:(\([^)]*\))|([A-Za-z]+\.?)|(\d+)|([+-])|([:/,.-])|(\S))', re.A)
_MONTH_NAMES = {name.lower(): i for i, name in enumerate(
    ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
     'september', 'october', 'november', 'december'))}
_ZONES = {'z': 0, 'ut': 0, 'utc': 0, 'gmt': 0, 'est': -300, 'edt': -240, 'cst': -360,
          'cdt': -300, 'mst': -420, 'mdt': -360, 'pst': -480, 'pdt': -420}


def _month_of(word):
    w = word.lower().rstrip('.')
    if len(w) < 3:
        return None
    for name, i in _MONTH_NAMES.items():
        if name.startswith(w):
            return i
    return None


def parse_legacy(s):
    """The implementation-specific fallback of Date.parse: the forms toString,
    toUTCString and common English dates use ("Tue Mar 01 2022 10:00:00 GMT+0100",
    "Mar 1, 2022", "1 March 2022 10:00 PM", "2022/03/01 10:00")."""
    pos, n = 0, len(s)
    numbers, month, offset, pm = [], None, None, None
    time_parts = None
    while pos < n:
        m = _TOKEN.match(s, pos)
        if m is None:
            break
        pos = m.end()
        comment, word, num, sign, punct, other = m.groups()
        if comment is not None:
            continue
        if word is not None:
            w = word.lower().rstrip('.')
            if w in ('am', 'pm'):
                pm = w == 'pm'
            elif w in _ZONES:
                offset = _ZONES[w] if offset is None else offset
                # GMT+0100 / UTC-5
                m2 = re.compile(r'([+-])(\d{1,2}):?(\d{2})?', re.A).match(s, pos)
                if m2:
                    offset = _signed_offset(m2)
                    pos = m2.end()
            elif w[:3].lower() in ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat') and \
                    _month_of(w) is None:
                continue
            elif _month_of(w) is not None:
                month = _month_of(w)
            elif w == 't' and numbers:
                continue
            else:
                return NAN
            continue
        if num is not None:
            if s.startswith(':', pos) and time_parts is None:
                m2 = re.compile(r'(\d+):(\d+)(?::(\d+)(?:\.(\d+))?)?', re.A).match(
                    s, m.start(3))
                if m2 is None:
                    return NAN
                time_parts = m2
                pos = m2.end()
                continue
            numbers.append(num)
            continue
        if sign is not None:
            m2 = re.compile(r'(\d{1,2}):?(\d{2})', re.A).match(s, pos)
            if m2 and time_parts is not None:
                offset = (1 if sign == '+' else -1) * (int(m2.group(1)) * 60 +
                                                       int(m2.group(2)))
                pos = m2.end()
                continue
            m3 = re.compile(r'\d{4,6}', re.A).match(s, pos)
            spaced = m.start(4) > 0 and s[m.start(4) - 1].isspace()
            if sign == '-' and m3 and month is not None and spaced:
                numbers.append('-' + m3.group())   # a negative year ("-0001")
                pos = m3.end()
                continue
            if sign == '-' and numbers:
                continue   # a separator: 1-Jan-2022
            return NAN
        if other is not None:
            return NAN
    # the date: month name + day + year, or numeric m/d/y or y/m/d
    nums = [-digits_to_int(x[1:]) if x[0] == '-' else digits_to_int(x) for x in numbers]
    if month is not None:
        if len(nums) != 2:
            return NAN
        a, b = nums
        if len(numbers[0]) >= 3 or a > 31:
            year, dd = a, b
        else:
            dd, year = a, b
    elif len(nums) == 3:
        if len(numbers[0]) >= 3:
            year, month, dd = nums[0], nums[1] - 1, nums[2]
        else:
            month, dd, year = nums[0] - 1, nums[1], nums[2]
    else:
        return NAN
    year_digits = numbers[nums.index(year)]
    if len(year_digits) <= 2:   # two-digit years: 00-49 are 20xx, 50-99 19xx
        year += 2000 if year < 50 else 1900
    hour = minute = second = ms = 0
    if time_parts is not None:
        hour, minute = int(time_parts.group(1)), int(time_parts.group(2))
        second = int(time_parts.group(3) or 0)
        ms = int((time_parts.group(4) or '0')[:3].ljust(3, '0'))
    if pm is not None:
        if hour > 12 or hour == 0 and pm:
            return NAN
        hour = hour % 12 + (12 if pm else 0)
    if not (0 <= month <= 11 and 1 <= dd <= 31 and hour < 24 and minute < 60 and
            second < 60):
        return NAN
    t = make_date(make_day(int_to_float(year), int_to_float(month), int_to_float(dd)),
                  make_time(float(hour), float(minute), float(second), float(ms)))
    if offset is None:
        return time_clip(utc(t))
    return time_clip(t - offset * MS_PER_MINUTE)


def _signed_offset(m):
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if m.group(3) is None and len(m.group(2)) > 2:
        hours, minutes = divmod(hours, 100)
    return (1 if m.group(1) == '+' else -1) * (hours * 60 + minutes)


def parse_date(s):
    s = s.strip()
    t = parse_iso(s)
    if t is not None:
        return t
    return parse_legacy(s)
