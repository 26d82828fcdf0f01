"""reflow.interp: the compiler, the VM and the object model (see shared/DESIGN.md).

Where setup.py compiled some of these modules with Cython (reflow/_speedups/interp),
the compiled copy is imported under the module's own name, so every module sees the
same classes; REFLOW_PURE=1, or a source changed since the build, keeps pure Python.
"""
from reflow._speedups import install_finder

install_finder('interp')
