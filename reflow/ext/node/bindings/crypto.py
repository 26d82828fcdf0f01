"""Host ops of node:crypto (lib/crypto.js) on Python's hashlib, hmac and secrets: random
bytes and integers, and hash / HMAC states. A state lives in a HashState, an object with
no properties whose Python hashlib object JS never sees; lib/crypto.js keeps it
private to its Hash and Hmac objects."""
import hashlib
import hmac
import secrets
import uuid

from reflow.builtins.array_buffer import ArrayBufferObject
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import arg
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_number, to_string
from reflow.interp.vm.values import NULL, UNDEFINED
from ..hostops import ops_object
from .buffer import view_bytes

# Node's (OpenSSL's) digest names -> hashlib's, and the output length of the XOFs
DIGESTS = {
    'md5': 'md5', 'sha1': 'sha1', 'sha224': 'sha224', 'sha256': 'sha256',
    'sha384': 'sha384', 'sha512': 'sha512', 'sha512-224': 'sha512_224',
    'sha512-256': 'sha512_256', 'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256',
    'sha3-384': 'sha3_384', 'sha3-512': 'sha3_512', 'shake128': 'shake_128',
    'shake256': 'shake_256', 'blake2b512': 'blake2b', 'blake2s256': 'blake2s',
    'ripemd160': 'ripemd160', 'sm3': 'sm3', 'md5-sha1': 'md5-sha1',
}
XOF_LENGTHS = {'shake_128': 16, 'shake_256': 32}


def hashlib_name(name):
    """hashlib's name for a Node digest name ('SHA256', 'RSA-SHA256', 'sha-256'), or
    None when this Python has no such digest."""
    key = name.lower()
    if key.startswith('rsa-'):
        key = key[4:]
    if key.startswith('sha-'):
        key = 'sha' + key[4:]
    found = DIGESTS.get(key)
    if found is None or found not in hashlib.algorithms_available:
        return None
    try:
        hashlib.new(found)
    except ValueError:
        return None
    return found


class HashState(JSObject):
    """A hash or HMAC in progress (or digested: ``state`` None)."""
    __slots__ = ('state', 'xof')

    def __init__(self, state, xof=None):
        JSObject.__init__(self, None)
        self.state = state
        self.xof = xof


def create(realm):
    def array_buffer(data):
        ab = ArrayBufferObject(realm.intrinsics['ArrayBufferPrototype'], 0)
        ab.data = bytearray(data)
        return ab

    def random_bytes(this, args):
        return array_buffer(secrets.token_bytes(int(to_number(arg(args, 0)))))

    def fill_random(this, args):
        view = view_bytes(arg(args, 0))
        view[:] = secrets.token_bytes(len(view))
        return UNDEFINED

    def random_int(this, args):
        low, high = int(to_number(arg(args, 0))), int(to_number(arg(args, 1)))
        return float(low + secrets.randbelow(high - low))

    def random_uuid(this, args):
        return str(uuid.uuid4())

    def hash_new(this, args):
        """(name) -> a HashState, or null for a digest this Python lacks"""
        name = hashlib_name(to_string(arg(args, 0)))
        if name is None:
            return NULL
        return HashState(hashlib.new(name), XOF_LENGTHS.get(name))

    def hmac_new(this, args):
        """(name, key bytes view) -> a HashState, or null"""
        name = hashlib_name(to_string(arg(args, 0)))
        if name is None or name in XOF_LENGTHS:
            return NULL
        return HashState(hmac.new(bytes(view_bytes(arg(args, 1))), digestmod=name))

    def live(value):
        if not isinstance(value, HashState) or value.state is None:
            raise type_error('Invalid hash state')
        return value

    def update(this, args):
        live(arg(args, 0)).state.update(view_bytes(arg(args, 1)))
        return UNDEFINED

    def digest(this, args):
        """(state) -> the digest's ArrayBuffer; the state is spent"""
        handle = live(arg(args, 0))
        state, handle.state = handle.state, None
        data = state.digest(handle.xof) if handle.xof else state.digest()
        return array_buffer(data)

    def copy(this, args):
        handle = live(arg(args, 0))
        return HashState(handle.state.copy(), handle.xof)

    def timing_safe_equal(this, args):
        return hmac.compare_digest(bytes(view_bytes(arg(args, 0))),
                                   bytes(view_bytes(arg(args, 1))))

    names = sorted(node for node, py in DIGESTS.items() if hashlib_name(node) == py)
    return ops_object(realm, {
        'randomBytes': (random_bytes, 1), 'fillRandom': (fill_random, 1),
        'randomInt': (random_int, 2), 'randomUUID': (random_uuid, 0),
        'hashNew': (hash_new, 1), 'hmacNew': (hmac_new, 2), 'update': (update, 2),
        'digest': (digest, 1), 'copy': (copy, 1),
        'timingSafeEqual': (timing_safe_equal, 2),
        'hashes': realm.new_array(names),
    })
