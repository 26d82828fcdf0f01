"""reflow.interp: the compiler, the VM and the object model (see shared/DESIGN.md).

Where setup.py compiled some of these modules with Cython (reflow/_speedups/interp),
the compiled copy is imported under the module's own name, so every module sees the
same classes; REFLOW_PURE=1, or a source changed since the build, keeps pure Python.
"""
import importlib.machinery
import importlib.util
import sys

from reflow._speedups import compiled_path


# a meta path finder is any object with find_spec (not importlib.abc.MetaPathFinder:
# importing importlib.abc costs importlib.resources, tempfile and typing, ~20 ms)
class _CompiledFinder:
    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith('reflow.interp.'):
            return None
        # reflow.interp.vm.dispatch -> reflow/_speedups/interp/vm/dispatch.<abi>.so
        so = compiled_path('interp', fullname[len('reflow.interp.'):].replace('.', '/'))
        if so is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, so)
        return importlib.util.spec_from_file_location(fullname, so, loader=loader)


if not any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _CompiledFinder())
