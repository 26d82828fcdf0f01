"""The host ops of node:module: createRequire over the realm's CommonJS modules
(reflow/ext/modules/commonjs.py) and the names of the built-ins."""
import os

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.operations import to_string
from reflow.parser.chars import from_code_units, to_code_units


def create(realm):
    from .. import builtin_names
    obj = realm.new_object()

    def create_require(this, args):
        # 'file:///a/b.js' or '/a/b.js': the file whose require this is (Node: a
        # path ending in / is a folder, and lookups start inside it)
        from ...modules.commonjs import commonjs_of, node_error
        value = args[0] if args else None
        text = from_code_units(to_string(value)) if type(value) is str else None
        if text is not None and text.startswith('file://'):
            from urllib.parse import unquote
            text = unquote(text[7:])
        if text is None or not os.path.isabs(text):
            raise JSThrow(node_error(
                realm, 'TypeError', 'ERR_INVALID_ARG_VALUE',
                "The argument 'filename' must be a file URL object, file URL string, or "
                "absolute path string. Received %s" % (
                    "'%s'" % text if text is not None else 'undefined')))
        filename = os.path.join(text, 'noop.js') if text.endswith('/') else text
        cjs = commonjs_of(realm)
        module = cjs.new_module(filename, None)
        return cjs.require_function(module, filename)

    obj.set('createRequire', NativeFunction(realm, create_require, 'createRequire', 1))
    obj.set('builtinNames', realm.new_array(
        [to_code_units(n) for n in sorted(builtin_names())]))
    return obj
