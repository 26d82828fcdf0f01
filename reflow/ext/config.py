"""The option records a host fills in: ``PermissionOptions`` (Deno's --allow-*/--deny-*
flags) and ``CoreRuntimeConfig`` (how a runtime is made). They are dataclasses, and
dataclasses costs ~1.4 MiB of memory and ~15 ms to import (it loads inspect), so they
live here, imported only by a host that makes one: a runtime created without a config
holds the defaults without building these records (reflow.runtime, reflow.ext.permissions
give them under their usual names)."""
import dataclasses
from typing import Any, List, Optional

from .permissions import KINDS


@dataclasses.dataclass
class PermissionOptions:
    """Deno's --allow-*/--deny-* flags: None is the flag absent, [] the flag with no
    value (all of that kind), a list the flag's comma-separated values."""
    allow_read: Optional[List] = None
    allow_write: Optional[List] = None
    allow_net: Optional[List] = None
    allow_env: Optional[List] = None
    allow_run: Optional[List] = None
    allow_sys: Optional[List] = None
    allow_ffi: Optional[List] = None
    allow_import: Optional[List] = None
    deny_read: Optional[List] = None
    deny_write: Optional[List] = None
    deny_net: Optional[List] = None
    deny_env: Optional[List] = None
    deny_run: Optional[List] = None
    deny_sys: Optional[List] = None
    deny_ffi: Optional[List] = None
    deny_import: Optional[List] = None

    @classmethod
    def all(cls):
        """Everything granted (Deno's --allow-all)."""
        return cls(**{'allow_' + kind: [] for kind in KINDS})

    @classmethod
    def none(cls):
        """Nothing granted, nothing denied."""
        return cls()


@dataclasses.dataclass
class CoreRuntimeConfig:
    """How a runtime is made. ``permissions`` None grants everything (as the Rust
    runtime's ``new()``); ``console_output`` receives console lines: a callable
    ``(text, stream)`` or a ``logging.Logger`` (stdout lines at INFO, stderr at
    WARNING), None for the process's streams. ``execution_timeout`` (seconds) bounds
    each call into JS, ``memory_limit`` (bytes) the runtime's heap, ``max_stack_depth``
    the JS call depth. ``import_map`` applies to the ES imports of the runtime's
    modules, as Deno's --import-map: the path of a JSON file, or the map itself as a
    dict (relative addresses in it are relative to the current directory)."""
    permissions: Optional[PermissionOptions] = None
    typescript: bool = False
    unstable_apis: bool = False
    execution_timeout: Optional[float] = None
    memory_limit: Optional[int] = None
    max_stack_depth: Optional[int] = None
    console_output: Any = None
    import_map: Any = None
