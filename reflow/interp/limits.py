"""Engine-wide size limits, as V8 has them (so programs fail the same way)."""

# V8's String::kMaxLength on 64-bit hosts: a longer result is
# `RangeError: Invalid string length`.
MAX_STRING_LENGTH = 2 ** 29 - 24

# The longest argument list a call accepts: V8 overflows its stack (`RangeError: Maximum
# call stack size exceeded`) a little above 125,000 arguments with the default stack, and
# refuses a list longer than FixedArray::kMaxLength (134,217,725) as
# `RangeError: Invalid array length` before reading it.
MAX_ARGUMENTS = 125000
MAX_LIST_LENGTH = 134217725
