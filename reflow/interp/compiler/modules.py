"""16.2 Modules (compiler mixin): a Source Text Module Record's code and tables.

The module body compiles to one resumable frame: the prologue creates the hoisted
functions and stops (GENERATOR_START), so that linking can happen before evaluation
runs the rest, as an async body when it has a top-level await. Every top-level binding
is a Cell made by the module record (modules.py) and shared with importers; imported
bindings are the frame's closure, in the order of ``imports``.
"""
from .code import CodeObject, STRICT
from .depth import deep_recursion_guarded
from .opcodes import NUMBER
from .scopes import Binding, FuncInfo, Scope, pattern_names, var_declared_names

O = NUMBER
NAMESPACE = '*namespace*'   # ImportName / ExportEntry "all" (the namespace object)
DEFAULT_LOCAL = '*default*'


def export_name(node):
    """ModuleExportName: an Identifier or a string Literal."""
    return node['name'] if node['type'] == 'Identifier' else node['value']


class ModuleInfo:
    """16.2.1.6 Source Text Module Record fields that come from the source."""
    __slots__ = ('requests', 'imports', 'local_exports', 'indirect_exports',
                 'star_exports', 'bindings', 'import_slots', 'has_tla', 'meta_slot')

    def __init__(self):
        self.requests = []           # [[RequestedModules]]: (specifier, attributes)
        self.imports = []            # (request, import name or NAMESPACE, local name)
        self.local_exports = []      # (export name, local name)
        self.indirect_exports = []   # (export name, request, import name or NAMESPACE)
        self.star_exports = []       # request
        self.bindings = {}           # top-level name -> (register, lexical?)
        self.import_slots = {}       # imported local name -> closure index
        self.has_tla = False
        self.meta_slot = -1          # closure index of import.meta


def _request(info, source, attributes):
    attrs = tuple(sorted((export_name(a['key']), a['value']['value'])
                         for a in attributes or ()))
    key = (source['value'], attrs)
    if key not in info.requests:
        info.requests.append(key)
    return key


def gather_entries(body):
    info = ModuleInfo()
    local_exports = []
    for stmt in body:
        t = stmt['type']
        if t == 'ImportDeclaration':
            req = _request(info, stmt['source'], stmt.get('attributes'))
            for sp in stmt['specifiers']:
                st = sp['type']
                if st == 'ImportDefaultSpecifier':
                    info.imports.append((req, 'default', sp['local']['name']))
                elif st == 'ImportNamespaceSpecifier':
                    info.imports.append((req, NAMESPACE, sp['local']['name']))
                else:
                    info.imports.append((req, export_name(sp['imported']),
                                         sp['local']['name']))
        elif t == 'ExportNamedDeclaration':
            decl = stmt['declaration']
            if decl is not None:
                if decl['type'] == 'VariableDeclaration':
                    for d in decl['declarations']:
                        for n in pattern_names(d['id']):
                            local_exports.append((n, n))
                else:
                    n = decl['id']['name']
                    local_exports.append((n, n))
            elif stmt['source'] is not None:
                req = _request(info, stmt['source'], stmt.get('attributes'))
                for sp in stmt['specifiers']:
                    info.indirect_exports.append((export_name(sp['exported']), req,
                                                  export_name(sp['local'])))
            else:
                for sp in stmt['specifiers']:
                    local_exports.append((export_name(sp['exported']),
                                          export_name(sp['local'])))
        elif t == 'ExportDefaultDeclaration':
            decl = stmt['declaration']
            if decl['type'] in ('FunctionDeclaration', 'ClassDeclaration') and \
                    decl.get('id') is not None:
                local_exports.append(('default', decl['id']['name']))
            else:
                local_exports.append(('default', DEFAULT_LOCAL))
        elif t == 'ExportAllDeclaration':
            req = _request(info, stmt['source'], stmt.get('attributes'))
            if stmt.get('exported') is not None:
                info.indirect_exports.append((export_name(stmt['exported']), req,
                                              NAMESPACE))
            else:
                info.star_exports.append(req)
    # 16.2.1.6.1 ParseModule step 10: a re-exported import is an indirect export
    imported = {local: (req, name) for req, name, local in info.imports}
    for exported, local in local_exports:
        ie = imported.get(local)
        if ie is None or ie[1] == NAMESPACE:
            info.local_exports.append((exported, local))
        else:
            info.indirect_exports.append((exported, ie[0], ie[1]))
    return info


class ModuleCompiler:

    @deep_recursion_guarded
    def compile_module(self, program):
        body = program['body']
        self.jsx_prepare(body, 'module', program.get('jsxPragmas'))
        info = gather_entries(body)
        # the imported bindings: a synthetic scope outside the module's own
        sf = FuncInfo(None, None, 'synthetic', True)
        sf.free_from = []
        outer = Scope('imports', None, sf, None)
        for _, _, local in info.imports:
            if local not in outer.bindings:
                idx = len(outer.bindings)
                outer.bindings[local] = Binding(local, 'const', outer, idx)
                info.import_slots[local] = idx
        info.meta_slot = len(outer.bindings)
        outer.bindings['%meta'] = Binding('%meta', 'var', outer, info.meta_slot)
        self.func = sf
        self.scope = outer
        func = FuncInfo(program, sf, 'module', True)
        code = CodeObject('<module>', self.filename, self.source)
        code.flags = STRICT
        self.module_info = info
        self.begin_function(func, code, 'module')
        func.free_from = []
        scope = self.scope
        statements = [_declaration_of(s) for s in body]
        for n in var_declared_names([s for s in statements if s is not None], [], False):
            self.declare(n, 'var', scope)
        funcs = []
        for stmt, decl in zip(body, statements):
            if decl is None:
                continue
            if decl['type'] == 'FunctionDeclaration':
                name = decl['id']['name'] if decl.get('id') else DEFAULT_LOCAL
                self.declare(name, 'function', scope)
                funcs.append((name, decl))
            else:
                self.declare_lexical_statement(decl, scope)
        if any(s['type'] == 'ExportDefaultDeclaration' and _declaration_of(s) is None
               for s in body):
            self.declare(DEFAULT_LOCAL, 'let', scope)
        for b in scope.bindings.values():
            b.captured = True
            info.bindings[b.name] = (b.slot, b.kind in ('let', 'const', 'class'))
        for name, decl in funcs:
            code_obj = self.compile_function(decl, 'default' if name == DEFAULT_LOCAL
                                             else name, 'function')
            self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code_obj))
            self.store_binding(scope.bindings[name], init=True)
        self.asm.emit(O['GENERATOR_START'])
        self.asm.emit(O['POP'])
        for stmt in body:
            self.statement(stmt)
        self.asm.emit(O['PUSH_UNDEFINED'])
        self.asm.emit(O['RETURN'])
        code = self.end_function()
        code.field_inits = info
        return code

    def stmt_ImportDeclaration(self, node):
        pass

    def stmt_ExportAllDeclaration(self, node):
        pass

    def stmt_ExportNamedDeclaration(self, node):
        if node['declaration'] is not None:
            self.statement(node['declaration'])

    def stmt_ExportDefaultDeclaration(self, node):
        decl = node['declaration']
        t = decl['type']
        if t == 'FunctionDeclaration':
            return   # hoisted
        if t == 'ClassDeclaration' and decl.get('id') is not None:
            self.statement(decl)
            return
        if t == 'ClassDeclaration':
            self.compile_class(decl, 'default')
        else:
            self.expression(decl, name_for='default')
        self.store_name(DEFAULT_LOCAL, node, init=True)

    def import_meta(self):
        self.load_name('%meta', None)


def _declaration_of(stmt):
    t = stmt['type']
    if t == 'ExportNamedDeclaration':
        return stmt['declaration']
    if t == 'ExportDefaultDeclaration':
        d = stmt['declaration']
        if d['type'] == 'FunctionDeclaration' or (d['type'] == 'ClassDeclaration' and
                                                  d.get('id') is not None):
            return d
        return None
    if t in ('ImportDeclaration', 'ExportAllDeclaration'):
        return None
    return stmt
