"""Host ops of node:path: the working directory that path.resolve starts from."""
import os

from reflow.interp.vm.function import NativeFunction


def create(realm):
    obj = realm.new_object()
    obj.define('cwd', NativeFunction(realm, lambda this, args: os.getcwd(), 'cwd', 0))
    return obj
