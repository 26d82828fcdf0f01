"""16.2.1 Module Semantics: Source Text Module Records, loading, linking (16.2.1.5.1)
and evaluation with top-level await (16.2.1.5.3), module namespace objects (10.4.6)
and import() (13.3.10).

Loading is synchronous (files are read when a module is parsed); linking resolves every
import to the exporting module's Cell, so bindings are live.
"""
import os

from reflow.parser import JSSyntaxError, parse
from reflow.parser.chars import from_code_units
from ..compiler.modules import DEFAULT_LOCAL, NAMESPACE
from .errors import JSErrorSignal, JSThrow, thrown_value, type_error
from .function import EMPTY, Cell
from .objects import MISSING, Descriptor, JSObject, same_value
from .operations import to_string
from .values import NULL, SYM_TO_STRING_TAG, UNDEFINED, JSSymbol


class ModuleError(Exception):
    """A JS value thrown while loading, linking or evaluating."""


class ModuleRecord:
    __slots__ = ('realm', 'filename', 'code', 'info', 'status', 'error', 'dfs_index',
                 'dfs_ancestor', 'loaded', 'cells', 'frame', 'namespace', 'cycle_root',
                 'async_evaluation', 'async_order', 'capability', 'async_parents',
                 'pending_async', 'has_tla', 'meta', 'synthetic_exports',
                 'synthetic_evaluate', 'host_defined')

    def __init__(self, realm, filename, code):
        self.realm = realm
        self.filename = filename
        self.code = code
        self.info = code.field_inits if code is not None else None
        self.status = 'unlinked'
        self.error = None            # [[EvaluationError]]: the thrown value, boxed
        self.dfs_index = self.dfs_ancestor = -1
        self.loaded = {}             # request -> ModuleRecord
        self.cells = {}              # top-level name -> Cell
        self.frame = None
        self.namespace = None
        self.cycle_root = None
        self.async_evaluation = False
        self.async_order = 0
        self.capability = None       # [[TopLevelCapability]]
        self.async_parents = []
        self.pending_async = 0
        self.has_tla = bool(self.info and self.info.has_tla)
        self.meta = None
        # a Synthetic Module Record (JSON, CommonJS, a host's built-in): its export
        # names and their first values, {'default': value}, and the steps that set them
        # when it is evaluated (None: none; set_synthetic_export sets one)
        self.synthetic_exports = None
        self.synthetic_evaluate = None
        # [[HostDefined]]: the host's own record of the module (ext/modules/loader.py)
        self.host_defined = None
        if self.info is not None:
            for name, (slot, lexical) in self.info.bindings.items():
                self.cells[name] = Cell(EMPTY if lexical else UNDEFINED)

    def __repr__(self):
        return '<module %s %s>' % (self.filename, self.status)

    # 16.2.1.6.2 GetExportedNames ( [ exportStarSet ] )
    def exported_names(self, star_set=None):
        if self.synthetic_exports is not None:
            return list(self.synthetic_exports)
        star_set = star_set if star_set is not None else []
        if self in star_set:
            return []
        star_set.append(self)
        names = [e for e, _ in self.info.local_exports]
        names += [e for e, _, _ in self.info.indirect_exports]
        for req in self.info.star_exports:
            for n in self.loaded[req].exported_names(star_set):
                if n != 'default' and n not in names:
                    names.append(n)
        return names

    # 16.2.1.6.3 ResolveExport ( exportName [ , resolveSet ] ): (module, local name or
    # NAMESPACE), None (not found) or 'ambiguous'
    def resolve_export(self, name, resolve_set=None):
        if self.synthetic_exports is not None:
            return (self, name) if name in self.synthetic_exports else None
        resolve_set = resolve_set if resolve_set is not None else []
        for m, n in resolve_set:
            if m is self and n == name:
                return None   # a circular import request
        resolve_set.append((self, name))
        for exported, local in self.info.local_exports:
            if exported == name:
                return (self, local)
        for exported, req, import_name in self.info.indirect_exports:
            if exported == name:
                target = self.loaded[req]
                if import_name == NAMESPACE:
                    return (target, NAMESPACE)
                return target.resolve_export(import_name, resolve_set)
        if name == 'default':
            return None
        star = None
        for req in self.info.star_exports:
            resolution = self.loaded[req].resolve_export(name, resolve_set)
            if resolution == 'ambiguous':
                return 'ambiguous'
            if resolution is not None:
                if star is None:
                    star = resolution
                elif star[0] is not resolution[0] or star[1] != resolution[1]:
                    return 'ambiguous'
        return star

    def binding_cell(self, local):
        if self.synthetic_exports is not None:
            cell = self.cells.get(local)
            if cell is None:
                cell = self.cells[local] = Cell(self.synthetic_exports[local])
            return cell
        cell = self.cells.get(local)
        if cell is None:
            # `import * as ns from ...; export { ns }`: the namespace binding
            for req, import_name, name in self.info.imports:
                if name == local and import_name == NAMESPACE:
                    cell = self.cells[local] = Cell(get_namespace(self.loaded[req]))
                    break
        return cell


# 10.4.6 Module Namespace Exotic Objects
class ModuleNamespace(JSObject):
    __slots__ = ('module', 'exports')

    def __init__(self, module, names):
        JSObject.__init__(self, NULL, 'Module')
        self.module = module
        self.exports = sorted(names, key=lambda s: s.encode('utf-16-be'))
        JSObject.define_own_property(self, SYM_TO_STRING_TAG, Descriptor(
            value='Module', writable=False, enumerable=False, configurable=False))
        self.extensible = False

    def _value(self, key):
        m, local = self.module.resolve_export(key)
        if local == NAMESPACE:
            return get_namespace(m)
        v = m.binding_cell(local).value
        if v is EMPTY:
            raise JSErrorSignal('ReferenceError',
                                "Cannot access '%s' before initialization" % key)
        return v

    def get_prototype_of(self):
        return NULL

    def set_prototype_of(self, proto):
        return proto is NULL

    def is_extensible(self):
        return False

    def prevent_extensions(self):
        return True

    def get_own_property(self, key):
        if type(key) is JSSymbol:
            return JSObject.get_own_property(self, key)
        if key not in self.exports:
            return None
        return Descriptor(value=self._value(key), writable=True, enumerable=True,
                          configurable=False)

    def define_own_property(self, key, desc):
        if type(key) is JSSymbol:
            return JSObject.define_own_property(self, key, desc)
        current = self.get_own_property(key)
        if current is None:
            return False
        if desc.configurable is True or desc.enumerable is False or \
                desc.is_accessor() or desc.writable is False:
            return False
        if desc.value is not MISSING:
            return same_value(desc.value, current.value)
        return True

    def has_property(self, key):
        if type(key) is JSSymbol:
            return JSObject.has_property(self, key)
        return key in self.exports

    def get(self, key, receiver=None):
        if type(key) is JSSymbol:
            return JSObject.get(self, key, receiver)
        if key not in self.exports:
            return UNDEFINED
        return self._value(key)

    def set(self, key, value, receiver=None):
        return False

    def delete(self, key):
        if type(key) is JSSymbol:
            return JSObject.delete(self, key)
        return key not in self.exports

    def own_property_keys(self):
        return list(self.exports) + [k for k in JSObject.own_property_keys(self)
                                     if type(k) is JSSymbol]


# 16.2.1.10 GetModuleNamespace ( module )
def get_namespace(module):
    if module.namespace is None:
        names = []
        for n in module.exported_names():
            r = module.resolve_export(n)
            if r is not None and r != 'ambiguous':
                names.append(n)
        module.namespace = ModuleNamespace(module, names)
    return module.namespace


# -- loading ------------------------------------------------------------------------

def _throw(realm, name, message):
    return JSThrow(realm.make_error(name, message))


def load_imported_module(realm, referrer, specifier, attributes=(), dynamic=False):
    """16.2.1.8 HostLoadImportedModule ( referrer, moduleRequest, ... ): the host
    (reflow/ext) resolves the specifier to a key (a file's path, `node:fs`, ...) and
    gives the Module Record for it; the realm's module map keeps one record per key
    and attributes, and the record's own requests are loaded before it is returned
    (LoadRequestedModules, synchronous). ``dynamic`` says import() or require() asks
    for it, not a static import: the host may check a permission for those."""
    host = realm.host
    if host is None:
        raise _throw(realm, 'TypeError', "Cannot load module '%s': the realm has no host"
                     % specifier)
    # JS strings are UTF-16 code units: pairs become characters, a lone surrogate
    # U+FFFD (as the URL parser makes it in Node, which then finds no such module)
    specifier = from_code_units(specifier)
    key = host.resolve_import(realm, referrer, specifier, attributes, dynamic)
    return load_module_record(realm, key, attributes, referrer, dynamic)


def load_module_record(realm, key, attributes=(), referrer=None, dynamic=False):
    """The Module Record of the module the host resolved to ``key``: from the realm's
    module map, or made by the host's ``load_import`` and its requests loaded."""
    mm = module_map(realm)
    record = mm.get((key, attributes))
    if record is None:
        record = realm.host.load_import(realm, key, attributes, referrer, dynamic)
        mm[(key, attributes)] = record
        load_requested(realm, record)
    return record


def module_map(realm):
    m = getattr(realm, 'module_map', None)
    if m is None:
        m = realm.module_map = {}
    return m


def parse_module_record(realm, source, filename, program=None):
    """ParseModule (16.2.1.7.1): the Source Text Module Record of ``source``; ``program``
    is its tree when the host parsed it (TypeScript, JSX), positions into ``source``."""
    from ..compiler.compiler import CompileError, Compiler
    try:
        if program is None:
            program = parse(source, 'module', filename)
        code = Compiler(source, filename, program.get('jsxOptions')).compile_module(program)
    except JSSyntaxError as exc:
        raise _throw(realm, exc.name, exc.js_message())
    except CompileError as exc:
        raise _throw(realm, 'SyntaxError', str(exc))
    except JSErrorSignal as sig:   # code nested too deeply to compile: a RangeError
        raise _throw(realm, sig.name, sig.message)
    return ModuleRecord(realm, filename, code)


def json_module(realm, path, source):
    """A JSON module: a synthetic module whose default export is the parsed value."""
    try:
        json_parse = realm.intrinsics['JSON_parse']   # (built on first use)
    except KeyError:
        raise _throw(realm, 'TypeError', 'JSON modules need the JSON built-in')
    return synthetic_module(realm, path, {'default': json_parse.call(UNDEFINED, [source])})


def synthetic_module(realm, name, exports, evaluate_steps=None):
    """A Synthetic Module Record (as HTML and the ShadowRealm proposal define them):
    ``exports`` maps its export names to their values until ``evaluate_steps(record)``,
    run when the module is evaluated (in the graph's post-order, as a Source Text
    Module would be), sets them with set_synthetic_export. A throw from the steps is
    the module's evaluation error."""
    record = ModuleRecord(realm, name, None)
    record.synthetic_exports = dict(exports)
    record.synthetic_evaluate = evaluate_steps
    record.status = 'linked' if evaluate_steps is not None else 'evaluated'
    return record


# SetSyntheticModuleExport ( module, exportName, exportValue )
def set_synthetic_export(record, name, value):
    record.binding_cell(name).value = value


def load_requested(realm, record):
    if record.info is None:
        return
    for req in record.info.requests:
        if req in record.loaded:
            continue
        specifier, attrs = req
        record.loaded[req] = load_imported_module(realm, record.filename, specifier, attrs)


# -- linking (16.2.1.5.1 Link, InnerModuleLinking, InitializeEnvironment) -------------

def link(module):
    stack = []
    try:
        _inner_link(module, stack, 0)
    except (JSThrow, JSErrorSignal) as exc:
        for m in stack:
            m.status = 'unlinked'
        if isinstance(exc, JSErrorSignal):
            raise JSThrow(module.realm.make_error(exc.name, exc.message))
        raise


def _inner_link(module, stack, index):
    if module.synthetic_exports is not None or module.status in (
            'linking', 'linked', 'evaluating-async', 'evaluated'):
        return index
    module.status = 'linking'
    module.dfs_index = module.dfs_ancestor = index
    index += 1
    stack.append(module)
    for req in module.info.requests:
        required = module.loaded[req]
        index = _inner_link(required, stack, index)
        if required.status == 'linking':
            module.dfs_ancestor = min(module.dfs_ancestor, required.dfs_ancestor)
    initialize_environment(module)
    if module.dfs_ancestor == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = 'linked'
            if m is module:
                break
    return index


def initialize_environment(module):
    realm = module.realm
    info = module.info
    for exported, _, _ in info.indirect_exports:
        r = module.resolve_export(exported)
        if r is None or r == 'ambiguous':
            raise JSErrorSignal('SyntaxError', "The requested module does not provide an "
                                "export named '%s'" % exported)
    closure = [None] * (info.meta_slot + 1)
    for req, import_name, local in info.imports:
        imported = module.loaded[req]
        if import_name == NAMESPACE:
            cell = Cell(get_namespace(imported))
        else:
            r = imported.resolve_export(import_name)
            if r is None or r == 'ambiguous':
                explain = getattr(imported.host_defined, 'missing_export_message', None)
                if r is None and explain is not None:   # the host knows why
                    raise JSErrorSignal('SyntaxError', explain(req[0], import_name, [
                        n for q, n, _ in info.imports if q == req and n != NAMESPACE]))
                raise JSErrorSignal('SyntaxError', "The requested module '%s' %s an export "
                                    "named '%s'" % (req[0], 'does not provide' if r is None
                                                     else 'has an ambiguous', import_name))
            m, name = r
            cell = Cell(get_namespace(m)) if name == NAMESPACE else m.binding_cell(name)
        closure[info.import_slots[local]] = cell
    # 13.3.12.1.1 HostGetImportMetaProperties: url (and what the host adds)
    module.meta = JSObject(NULL)
    extend = getattr(realm.host, 'import_meta_properties', None)
    if extend is None:
        module.meta.define('url', 'file://' + os.path.abspath(module.filename))
    else:
        for key, value in extend(realm, module):
            module.meta.define(key, value)
    closure[info.meta_slot] = Cell(module.meta)
    vm = realm.vm
    code = module.code
    frame = vm.new_frame(None, code, UNDEFINED, [], None)
    frame.closure = tuple(closure[slot] for _, slot in code.free_from)
    for name, (slot, _) in info.bindings.items():
        frame.regs[slot] = module.cells[name]
    module.frame = frame
    from .coroutines import Suspend
    try:
        vm.run(frame)   # the prologue: hoisted functions, then GENERATOR_START
    except Suspend:
        pass


# -- evaluation (16.2.1.5.3) ----------------------------------------------------------

def evaluate(module):
    """16.2.1.5.3 Evaluate ( ): a promise for the module's evaluation."""
    from .promises import new_promise_capability
    realm = module.realm
    if module.status in ('evaluating-async', 'evaluated') and module.cycle_root is not None:
        module = module.cycle_root
    if module.capability is not None:
        return module.capability.promise
    stack = []
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    module.capability = cap
    try:
        _inner_evaluate(module, stack, 0)
    except (JSThrow, JSErrorSignal) as exc:
        error = thrown_value(realm, exc)
        for m in stack:
            m.status = 'evaluated'
            m.error = (error,)
        cap.reject.call(UNDEFINED, [error])
        return cap.promise
    if not module.async_evaluation:
        cap.resolve.call(UNDEFINED, [UNDEFINED])
    return cap.promise


_ASYNC_ORDER = [0]


def _inner_evaluate(module, stack, index):
    if module.synthetic_exports is not None:
        _evaluate_synthetic(module)
        return index
    if module.status in ('evaluating-async', 'evaluated'):
        if module.error is not None:
            raise JSThrow(module.error[0])
        return index
    if module.status == 'evaluating':
        return index
    module.status = 'evaluating'
    module.dfs_index = module.dfs_ancestor = index
    module.pending_async = 0
    index += 1
    stack.append(module)
    for req in module.info.requests:
        required = module.loaded[req]
        index = _inner_evaluate(required, stack, index)
        if required.synthetic_exports is not None:
            continue
        if required.status == 'evaluating':
            module.dfs_ancestor = min(module.dfs_ancestor, required.dfs_ancestor)
        else:
            required = required.cycle_root
            if required.error is not None:
                raise JSThrow(required.error[0])
        if required.async_evaluation:
            module.pending_async += 1
            required.async_parents.append(module)
    if module.pending_async > 0 or module.has_tla:
        module.async_evaluation = True
        _ASYNC_ORDER[0] += 1
        module.async_order = _ASYNC_ORDER[0]
        if module.pending_async == 0:
            _execute_async(module)
    else:
        _execute_sync(module)
    if module.dfs_ancestor == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = 'evaluating-async' if m.async_evaluation else 'evaluated'
            m.cycle_root = module
            if m is module:
                break
    return index


def _evaluate_synthetic(module):
    """A Synthetic Module Record's Evaluate: its steps run once; a throw is kept as its
    evaluation error, thrown again to every later importer."""
    if module.status != 'evaluated':
        module.status = 'evaluated'
        try:
            module.synthetic_evaluate(module)
        except (JSThrow, JSErrorSignal) as exc:
            module.error = (thrown_value(module.realm, exc),)
    if module.error is not None:
        raise JSThrow(module.error[0])


def _execute_sync(module):
    from .coroutines import resume
    frame = module.frame
    module.frame = None
    resume(module.realm.vm, frame, 'next', UNDEFINED)


# 16.2.1.5.3.? ExecuteAsyncModule ( module )
def _execute_async(module):
    from .coroutines import _async_step
    from .promises import new_promise_capability, perform_promise_then
    realm = module.realm
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    perform_promise_then(realm, cap.promise,
                         lambda v: _async_fulfilled(module) or UNDEFINED,
                         lambda e: _async_rejected(module, e) or UNDEFINED, None)
    frame = module.frame
    module.frame = None
    _async_step(realm.vm, realm, frame, cap, 'next', UNDEFINED)


# 16.2.1.5.3.? GatherAvailableAncestors ( module, execList )
def _gather(module, exec_list):
    for m in module.async_parents:
        if m not in exec_list and m.cycle_root.error is None:
            m.pending_async -= 1
            if m.pending_async == 0:
                exec_list.append(m)
                if not m.has_tla:
                    _gather(m, exec_list)


# AsyncModuleExecutionFulfilled ( module )
def _async_fulfilled(module):
    if module.status == 'evaluated':
        return
    module.async_evaluation = False
    module.status = 'evaluated'
    if module.capability is not None:
        module.capability.resolve.call(UNDEFINED, [UNDEFINED])
    exec_list = []
    _gather(module, exec_list)
    exec_list.sort(key=lambda m: m.async_order)
    for m in exec_list:
        if m.status == 'evaluated':
            continue
        if m.has_tla:
            _execute_async(m)
            continue
        try:
            _execute_sync(m)
        except (JSThrow, JSErrorSignal) as exc:
            _async_rejected(m, thrown_value(m.realm, exc))
            continue
        m.async_evaluation = False
        m.status = 'evaluated'
        if m.capability is not None:
            m.capability.resolve.call(UNDEFINED, [UNDEFINED])


# AsyncModuleExecutionRejected ( module, error )
def _async_rejected(module, error):
    if module.status == 'evaluated':
        return
    module.error = (error,)
    module.status = 'evaluated'
    module.async_evaluation = False
    for m in module.async_parents:
        _async_rejected(m, error)
    if module.capability is not None:
        module.capability.reject.call(UNDEFINED, [error])


# -- entry points ---------------------------------------------------------------------

def load_entry_module(realm, source, filename, program=None):
    """Parse, load and link the module a program starts from (``program``: its tree,
    if the host parsed it); errors while loading or linking are thrown."""
    record = parse_module_record(realm, source, os.path.abspath(filename), program)
    module_map(realm)[(record.filename, ())] = record
    load_requested(realm, record)
    link(record)
    return record


def evaluate_module(realm, source, filename):
    """Load, link and evaluate a module; returns the evaluation promise."""
    return evaluate(load_entry_module(realm, source, filename))


# 13.3.10.1 EvaluateImportCall ( specifierExpression [ , optionsExpression ] )
def import_call(realm, referrer, specifier, options):
    from .promises import new_promise_capability, perform_promise_then
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    try:
        spec = to_string(specifier)
        attrs = ()
        if options is not UNDEFINED:
            if not isinstance(options, JSObject):
                raise type_error('The second argument of import() must be an object')
            with_ = options.get('with')
            if with_ is not UNDEFINED:
                if not isinstance(with_, JSObject):
                    raise type_error("The 'with' option of import() must be an object")
                pairs = []
                for key in with_.own_property_keys():
                    if type(key) is not str:
                        continue
                    d = with_.get_own_property(key)
                    if d is None or not d.enumerable:
                        continue
                    v = with_.get(key)
                    if type(v) is not str:
                        raise type_error('Import attribute values must be strings')
                    pairs.append((key, v))
                attrs = tuple(sorted(pairs))
        referrer = referrer if referrer not in ('<input>',) else None
        module = load_imported_module(realm, referrer, spec, attrs, dynamic=True)
        link(module)
        promise = evaluate(module)
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
        return cap.promise
    perform_promise_then(realm, promise, lambda v: get_namespace(module),
                         None, cap)
    return cap.promise


__all__ = ['ModuleRecord', 'ModuleNamespace', 'evaluate_module', 'import_call',
           'get_namespace', 'link', 'evaluate', 'load_imported_module', 'load_module_record',
           'parse_module_record',
           'json_module', 'synthetic_module', 'set_synthetic_export']
