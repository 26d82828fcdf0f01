"""The opcode table: the one source of truth for the compiler's emitter, the
disassembler (`reflow dis`) and the dispatch loop.

Each entry: name, operand kinds, stack effect (pops, pushes; -1 = depends on an
operand), and a note. Operand kinds: 'k' constant index, 'n' name index, 'i' local slot,
'f' free (closure) slot, 'c' count, 't' jump target (absolute pc), 'x' other int.
Opcodes are numbered in table order; the hottest come first.
"""

TABLE = [
    # name              operands  pops pushes  note
    ('LOAD_LOCAL',        'i',     0, 1, 'push regs[i]'),
    ('STORE_LOCAL',       'i',     1, 0, 'regs[i] = pop'),
    ('PUSH_CONST',        'k',     0, 1, 'push consts[k]'),
    ('LOAD_DEREF',        'i',     0, 1, 'push regs[i].value (a captured variable, TDZ checked)'),
    ('STORE_DEREF',       'i',     1, 0, 'regs[i].value = pop'),
    ('LOAD_FREE',         'f',     0, 1, 'push closure[f].value (TDZ checked)'),
    ('STORE_FREE',        'f',     1, 0, 'closure[f].value = pop'),
    ('GET_PROP',          'n',     1, 1, 'obj -> obj[names[n]]'),
    ('SET_PROP',          'n',     2, 1, 'obj value -> value (obj[name] = value)'),
    ('GET_ELEM',          '',      2, 1, 'obj key -> obj[key]'),
    ('SET_ELEM',          '',      3, 1, 'obj key value -> value'),
    ('ADD',               '',      2, 1, ''),
    ('SUB',               '',      2, 1, ''),
    ('LT',                '',      2, 1, ''),
    ('JUMP',              't',     0, 0, ''),
    ('JUMP_IF_FALSE',     't',     1, 0, 'pop; jump if falsy'),
    ('JUMP_IF_TRUE',      't',     1, 0, 'pop; jump if truthy'),
    ('CALL',              'c',    -1, 1, 'func this arg*c -> result'),
    ('CALL_METHOD',       'nc',   -1, 1, 'obj arg*c -> obj[names[n]](...args) with this=obj'),
    ('RETURN',            '',      1, 0, 'return pop'),
    ('POP',               '',      1, 0, ''),
    ('DUP',               '',      1, 2, ''),
    ('LOAD_GLOBAL',       'n',     0, 1, 'global lookup; ReferenceError if absent'),
    ('STORE_GLOBAL',      'n',     1, 0, 'global assignment (strict: ReferenceError if absent)'),
    ('PUSH_UNDEFINED',    '',      0, 1, ''),
    ('PUSH_NULL',         '',      0, 1, ''),
    ('PUSH_TRUE',         '',      0, 1, ''),
    ('PUSH_FALSE',        '',      0, 1, ''),
    ('PUSH_EMPTY',        '',      0, 1, 'the uninitialized (TDZ) marker'),
    ('LOAD_LOCAL_CHECK',  'in',    0, 1, 'push regs[i]; ReferenceError names[n] if in TDZ'),
    ('MUL',               '',      2, 1, ''),
    ('DIV',               '',      2, 1, ''),
    ('MOD',               '',      2, 1, ''),
    ('EXP',               '',      2, 1, ''),
    ('GT',                '',      2, 1, ''),
    ('LE',                '',      2, 1, ''),
    ('GE',                '',      2, 1, ''),
    ('EQ',                '',      2, 1, '=='),
    ('NE',                '',      2, 1, '!='),
    ('SEQ',               '',      2, 1, '==='),
    ('SNE',               '',      2, 1, '!=='),
    ('BIT_AND',           '',      2, 1, ''),
    ('BIT_OR',            '',      2, 1, ''),
    ('BIT_XOR',           '',      2, 1, ''),
    ('SHL',               '',      2, 1, ''),
    ('SHR',               '',      2, 1, ''),
    ('USHR',              '',      2, 1, ''),
    ('INSTANCEOF',        '',      2, 1, ''),
    ('IN',                '',      2, 1, ''),
    ('NEG',               '',      1, 1, ''),
    ('PLUS',              '',      1, 1, 'ToNumber'),
    ('NOT',               '',      1, 1, ''),
    ('BIT_NOT',           '',      1, 1, ''),
    ('TYPEOF',            '',      1, 1, ''),
    ('TYPEOF_GLOBAL',     'n',     0, 1, 'typeof of an unresolvable-safe global name'),
    ('INC',               '',      1, 1, 'ToNumeric(v) + 1'),
    ('DEC',               '',      1, 1, 'ToNumeric(v) - 1'),
    ('TO_NUMERIC',        '',      1, 1, ''),
    ('TO_PROPERTY_KEY',   '',      1, 1, ''),
    ('TO_STRING',         '',      1, 1, 'ToString (template substitutions)'),
    ('JUMP_IF_FALSE_KEEP', 't',    1, -1, 'jump keeping the value if falsy, else pop'),
    ('JUMP_IF_TRUE_KEEP', 't',     1, -1, 'jump keeping the value if truthy, else pop'),
    ('JUMP_IF_NOT_NULLISH_KEEP', 't', 1, -1, '?? : jump keeping the value if not nullish'),
    ('JUMP_IF_NULLISH',   't',     1, 1, 'optional chain: if nullish pop, push undefined, jump'),
    ('JUMP_IF_NULLISH_2', 't',     2, 2, 'optional call: func this; if func is nullish pop both, '
                                         'push undefined, jump'),
    ('JUMP_IF_NOT_UNDEFINED', 't', 1, -1, 'jump keeping the value unless undefined, else pop'),
    ('SWAP',              '',      2, 2, 'a b -> b a'),
    ('ROT3',              '',      3, 3, 'a b c -> c a b'),
    ('ROT4',              '',      4, 4, 'a b c d -> d a b c'),
    ('DUP2',              '',      2, 4, 'a b -> a b a b'),
    ('GET_PROP_KEEP',     'n',     1, 2, 'obj -> obj obj[name]'),
    ('GET_ELEM_KEEP',     '',      2, 3, 'obj key -> obj key obj[key]'),
    ('DELETE_PROP',       'n',     1, 1, ''),
    ('DELETE_ELEM',       '',      2, 1, ''),
    ('NEW',               'c',    -1, 1, 'ctor arg*c -> object'),
    ('CALL_SPREAD',       '',      3, 1, 'func this argsArray -> result'),
    ('NEW_SPREAD',        '',      2, 1, 'ctor argsArray -> object'),
    ('NEW_OBJECT',        '',      0, 1, ''),
    ('NEW_ARRAY',         'c',    -1, 1, 'elem*c -> array'),
    ('ARRAY_APPEND',      '',      2, 1, 'array value -> array (value at index length)'),
    ('ARRAY_HOLE',        '',      1, 1, 'array -> array (length + 1, no element)'),
    ('ARRAY_SPREAD',      '',      2, 1, 'array iterable -> array'),
    ('DEFINE_FIELD',      'n',     2, 1, 'obj value -> obj (CreateDataProperty)'),
    ('DEFINE_FIELD_ELEM', '',      3, 1, 'obj key value -> obj'),
    ('DEFINE_METHOD',     'xn',    2, 1, 'obj func -> obj; x: 0 method, 1 getter, 2 setter; '
                                         '+4 enumerable'),
    ('DEFINE_METHOD_ELEM', 'x',    3, 1, 'obj key func -> obj; x as DEFINE_METHOD'),
    ('COPY_DATA_PROPERTIES', '',   2, 1, 'obj source -> obj (object spread)'),
    ('SET_PROTO_LITERAL', '',      2, 1, 'obj value -> obj (__proto__: value in a literal)'),
    ('MAKE_FUNCTION',     'k',     0, 1, 'a closure of consts[k] (a CodeObject)'),
    ('THROW',             '',      1, 0, ''),
    ('THROW_ERROR',       'xn',    0, 0, 'throw a new error: x 0 TypeError, 1 ReferenceError, '
                                         '2 SyntaxError; message names[n]'),
    ('NEW_CELL',          'i',     0, 0, 'regs[i] = Cell(regs[i].value): a fresh per-iteration '
                                         'binding'),
    ('MAKE_CELL',         'i',     0, 0, 'regs[i] = Cell(EMPTY)'),
    ('INIT_DEREF',        'i',     1, 0, 'regs[i].value = pop (no TDZ check)'),
    ('LOAD_THIS',         '',      0, 1, 'this (checked for derived constructors)'),
    ('LOAD_NEW_TARGET',   '',      0, 1, ''),
    ('LOAD_FUNCTION',     '',      0, 1, 'the running function object'),
    ('CREATE_ARGUMENTS',  'x',     0, 1, 'x: 0 unmapped, 1 mapped'),
    ('CREATE_REST',       'x',     0, 1, 'array of the arguments from index x'),
    ('LOAD_ARG',          'x',     0, 1, 'argument x or undefined'),
    ('GET_ITERATOR',      'x',     1, 1, 'iterable -> iterator record; x: 0 sync, 1 async'),
    ('ITER_NEXT',         't',     1, 2, 'iter -> iter value, or jump to t (popping iter) '
                                         'when done'),
    ('ITER_CLOSE',        '',      1, 0, 'IteratorClose (normal completion)'),
    ('ITER_CLOSE_THROW',  '',      1, 0, 'IteratorClose on an abrupt completion'),
    ('FOR_IN_START',      '',      1, 1, 'obj -> for-in iterator'),
    ('FOR_IN_NEXT',       't',     1, 2, 'it -> it key, or jump to t (popping it) when done'),
    ('GET_TEMPLATE',      'k',     0, 1, 'the cached template object of site consts[k]'),
    ('PUSH_HANDLER',      'tx',    0, 0, 'enter a protected region: on a throw, unwind the '
                                         'stack to its depth here, push the exception, go '
                                         'to t; x: 0 catch (not entered by a generator '
                                         'return), 1 cleanup (finally, iterator close); '
                                         '+4: the top value is left out of the depth'),
    ('POP_HANDLER',       '',      0, 0, 'leave a try block normally'),
    ('LOAD_DEREF_CHECK',  'in',    0, 1, 'push regs[i].value; ReferenceError names[n] in TDZ'),
    ('LOAD_FREE_CHECK',   'fn',    0, 1, 'push closure[f].value; ReferenceError in TDZ'),
    ('CHECK_LOCAL',       'in',    0, 0, 'ReferenceError names[n] if regs[i] is in TDZ'),
    ('CHECK_DEREF',       'in',    0, 0, 'ReferenceError names[n] if regs[i].value in TDZ'),
    ('CHECK_FREE',        'fn',    0, 0, 'ReferenceError names[n] if closure[f] in TDZ'),
    ('INIT_FREE',         'f',     1, 0, 'closure[f].value = pop'),
    ('CLEAR_LOCAL',       'i',     0, 0, 'regs[i] = EMPTY (lexical binding enters its TDZ)'),
    ('UNDEF_LOCAL',       'i',     0, 0, 'regs[i] = undefined'),
    ('MAKE_CELL_UNDEF',   'i',     0, 0, 'regs[i] = Cell(undefined)'),
    ('NOP2',              'i',     0, 0, 'placeholder patched to NEW_CELL i if i is captured'),
    ('INIT_GLOBAL',       'n',     1, 0, 'initialize a global binding declared by the script'),
    ('MAKE_REGEXP',       'kk',    0, 1, 'a new RegExp of pattern consts[k1], flags consts[k2]'),
    ('SET_FUNCTION_NAME_KEY', 'x', 2, 2, 'key func -> key func, func named after key'),
    ('DELETE_GLOBAL',     'n',     0, 1, 'delete an unqualified global name (sloppy)'),
    ('IMPORT_CALL',       'k',     2, 1, 'specifier options -> promise (import(), referrer '
                                         'file consts[k])'),
    ('REQUIRE_OBJECT_COERCIBLE', '', 1, 1, 'TypeError if undefined or null'),
    ('COPY_REST',         '',      2, 1, 'source excludedKeysArray -> rest object'),
    ('ITER_STEP',         '',      1, 2, 'iter -> iter value (undefined once done)'),
    ('ITER_REST',         '',      1, 2, 'iter -> iter array of the remaining values'),
    ('ITER_CLOSE_IF_OPEN', '',     1, 0, 'IteratorClose unless the iterator is done'),
    ('MAKE_CLASS',        'kx',   -1, 2, '[heritage] -> F proto (15.7.14); x: has heritage'),
    ('SET_CLASS_FIELDS',  '',      1, 0, 'F proto init -> F proto: init is F.[[Fields]]'),
    ('RUN_STATIC_INIT',   '',      1, 0, 'F init -> F: run the static elements with this=F'),
    ('DEFINE_OWN_FIELD',  'n',     2, 1, 'obj value -> obj (DefineField: '
                                         'CreateDataPropertyOrThrow)'),
    ('SUPER_GET_PROP',    'n',     2, 1, 'this func -> super[name]'),
    ('SUPER_GET_ELEM',    '',      3, 1, 'this func key -> super[key]'),
    ('SUPER_SET',         '',      4, 1, 'this func key value -> value'),
    ('SUPER_CALL',        '',      3, 1, 'newTarget func argsArray -> the constructed this'),
    ('BIND_THIS_LOCAL',   'i',     1, 0, 'bind `this` in regs[i] (ReferenceError if bound)'),
    ('BIND_THIS_DEREF',   'i',     1, 0, 'bind `this` in the cell regs[i]'),
    ('BIND_THIS_FREE',    'f',     1, 0, 'bind `this` in closure[f]'),
    ('INIT_INSTANCE_ELEMENTS', '', 2, 1, 'obj func -> obj: run func\'s class fields on obj'),
    ('NEW_PRIVATE_NAME',  'k',     0, 1, 'a new Private Name described by consts[k]'),
    ('PRIVATE_GET',       '',      2, 1, 'obj name -> value'),
    ('PRIVATE_SET',       '',      3, 1, 'obj value name -> value'),
    ('PRIVATE_IN',        '',      2, 1, 'obj name -> bool (#x in obj)'),
    ('PRIVATE_DEFINE',    '',      3, 1, 'obj name value -> obj (PrivateFieldAdd)'),
    ('DEFINE_PRIVATE_METHOD', 'x', 3, 1, 'target name func -> target; x: kind | 8 static'),
    ('PRIVATE_METHOD_ADD', '',     2, 0, 'obj name: PrivateMethodOrAccessorAdd'),
    ('YIELD',             '',      1, 1, 'suspend with the value; resumes with the sent value'),
    ('AWAIT',             '',      1, 1, 'suspend until the value settles; resumes with it'),
    ('GENERATOR_START',   '',      0, 1, 'suspend a generator at the start of its body'),
    ('YIELD_DELEGATE',    '',      1, 1, 'yield* over the iterator record; resumes with the '
                                         'value of the yield* expression'),
    ('ASYNC_ITER_NEXT',   '',      1, 2, 'iter -> iter next() result (to be awaited)'),
    ('ITER_RESULT',       't',     2, 2, 'iter result -> iter value, or pop both and jump to t '
                                         'when done; TypeError if result is not an object'),
    ('ITER_RESULT_CHECK', '',      1, 1, 'TypeError unless the value is an object'),
    ('ASYNC_ITER_CLOSE',  'tx',    1, 1, 'iter -> return() result to be awaited, or pop and '
                                         'jump to t without return(); x 1: a throw completion '
                                         '(errors jump to t)'),
    ('DYN_GET',           'tnx',   1, 0, 'env -> (jump to t with env[names[n]] pushed if the '
                                         'object scope has the name); x 0 with, 1 eval vars'),
    ('DYN_SET',           'tnx',   2, 1, 'value env -> value, or set, pop both and jump to t '
                                         'if the object scope has the name'),
    ('DYN_GET_CALL',      'tnx',   1, 0, 'env -> (jump to t with func this pushed if found)'),
    ('DYN_DELETE',        'tnx',   1, 0, 'env -> (jump to t with the delete result if found)'),
    ('DYN_RESOLVE',       'tnx',   1, 0, 'env -> env (kept, jump to t) if the object scope has '
                                         'the name, else nothing (ResolveBinding ahead of '
                                         'the access)'),
    ('DYN_REF_GET',       'tn',    1, 0, 'ref -> (the value, jump to t) if ref is an object '
                                         'scope, else nothing'),
    ('DYN_REF_SET',       'tn',    2, 1, 'value ref -> (set and jump to t with nothing) if '
                                         'ref is an object scope, else value'),
    ('WITH_OBJECT',       '',      1, 1, 'ToObject for a with statement'),
    ('NEW_EVAL_ENV',      '',      0, 1, 'the var object of a function with a sloppy eval'),
    ('CALL_EVAL',         'ck',   -1, 1, 'func this arg*c (c = -1: argsArray) -> result: a '
                                         'direct eval with site consts[k] if func is %eval%'),
    ('DEBUGGER',          '',      0, 0, ''),
    ('NOP',               '',      0, 0, ''),
    ('MEMBER_KEY',        '',      1, 1, 'obj key -> obj ToPropertyKey(key); a TypeError first '
                                         'when obj is null or undefined (compound assignment)'),
]

NAMES = [entry[0] for entry in TABLE]
OPERANDS = {entry[0]: entry[1] for entry in TABLE}
NUMBER = {name: i for i, name in enumerate(NAMES)}
STACK_EFFECT = {entry[0]: (entry[2], entry[3]) for entry in TABLE}

# module constants OP_<NAME> for the compiler and the loop (the loop also has them as
# literals, generated from this table)
globals().update({'OP_' + name: i for i, name in enumerate(NAMES)})


def operand_count(op):
    return len(TABLE[op][1])


def disassemble_one(code, pc, consts=(), names=()):
    """One instruction as (text, next pc)."""
    op = code[pc]
    name, kinds = TABLE[op][0], TABLE[op][1]
    parts = []
    for j, kind in enumerate(kinds):
        v = code[pc + 1 + j]
        if kind == 'k' and v < len(consts):
            c = consts[v]
            parts.append('%d (%s)' % (v, _short(c)))
        elif kind == 'n' and v < len(names):
            parts.append('%d (%s)' % (v, names[v]))
        else:
            parts.append(str(v))
    return '%-24s %s' % (name, ', '.join(parts)), pc + 1 + len(kinds)


def _short(value):
    r = repr(value) if not hasattr(value, 'name') else '<code %s>' % value.name
    return r if len(r) < 40 else r[:37] + '...'
