"""The engine's size limits, in one place (V8's values, so that a program fails where
it fails in Node, with V8's RangeError, instead of exhausting the host's memory).

A limit is read where a string, BigInt or buffer of a size chosen by the script is
about to be made; the check is one comparison done before the allocation."""
from .errors import range_error
from .heap import BIG_ALLOCATION, charge

# V8's String::kMaxLength on 64-bit hosts, in UTF-16 code units
MAX_STRING_LENGTH = (1 << 29) - 24
# V8's BigInt::kMaxLengthBits: the magnitude of a BigInt has at most this many bits
MAX_BIGINT_BITS = 1 << 30
# the largest ArrayBuffer we try to allocate (V8 allows 2**53 - 1 in principle and
# fails with the same error when the memory is not there)
MAX_ARRAY_BUFFER_BYTES = 1 << 32
# V8's JSTypedArray::kMaxLength: elements of a typed array
MAX_TYPED_ARRAY_LENGTH = 1 << 32
# The longest argument list a call accepts: V8 overflows its stack (`RangeError: Maximum
# call stack size exceeded`) a little above 125,000 arguments with the default stack, and
# refuses a list longer than FixedArray::kMaxLength (134,217,725) as
# `RangeError: Invalid array length` before reading it.
MAX_ARGUMENTS = 125000
MAX_LIST_LENGTH = 134217725


def string_length_error():
    return range_error('Invalid string length')


def bigint_size_error():
    return range_error('Maximum BigInt size exceeded')


def buffer_allocation_error():
    return range_error('Array buffer allocation failed')


def check_string_length(length):
    """A string of `length` code units may be made (raises V8's RangeError if not)."""
    if length > MAX_STRING_LENGTH:
        raise string_length_error()
    if length > BIG_ALLOCATION:
        charge(length)   # under a memory limit, refused before it is made


def check_buffer_bytes(nbytes):
    """A buffer of ``nbytes`` may be allocated under the running realm's memory limit
    (the caller checks MAX_ARRAY_BUFFER_BYTES, whose error differs)."""
    if nbytes > BIG_ALLOCATION:
        charge(nbytes)


def check_bigint_bits(bits):
    """A BigInt whose magnitude has `bits` bits may be made."""
    if bits > MAX_BIGINT_BITS:
        raise bigint_size_error()


def join_strings(parts, separator=''):
    """separator.join(parts), or V8's RangeError where the result would be too long."""
    check_string_length(sum(map(len, parts)) + len(separator) * (len(parts) - 1))
    return separator.join(parts)
