"""6.2.6 The Property Descriptor Specification Type: conversion between Descriptor
records and JS objects (Object.defineProperty, Reflect, the Proxy traps)."""
from .errors import type_error
from .function import is_callable
from .objects import Descriptor, JSObject, MISSING
from .operations import to_boolean
from .values import UNDEFINED
from .references import describe


# 6.2.6.5 ToPropertyDescriptor ( Obj )
def to_property_descriptor(obj):
    if not isinstance(obj, JSObject):
        raise type_error('Property description must be an object: %s' % describe(obj))
    d = Descriptor()
    if obj.has_property('enumerable'):
        d.enumerable = to_boolean(obj.get('enumerable'))
    if obj.has_property('configurable'):
        d.configurable = to_boolean(obj.get('configurable'))
    if obj.has_property('value'):
        d.value = obj.get('value')
    if obj.has_property('writable'):
        d.writable = to_boolean(obj.get('writable'))
    if obj.has_property('get'):
        g = obj.get('get')
        if g is not UNDEFINED and not is_callable(g):
            raise type_error('Getter must be a function')
        d.get = g
    if obj.has_property('set'):
        s = obj.get('set')
        if s is not UNDEFINED and not is_callable(s):
            raise type_error('Setter must be a function')
        d.set = s
    if (d.get is not MISSING or d.set is not MISSING) and \
            (d.value is not MISSING or d.writable is not MISSING):
        raise type_error('Invalid property descriptor. Cannot both specify accessors and a '
                         'value or writable attribute')
    return d


# 6.2.6.4 FromPropertyDescriptor ( Desc )
def from_property_descriptor(realm, d):
    if d is None:
        return UNDEFINED
    obj = realm.new_object()
    if d.value is not MISSING:
        obj.set('value', d.value)
    if d.writable is not MISSING:
        obj.set('writable', d.writable)
    if d.get is not MISSING:
        obj.set('get', d.get)
    if d.set is not MISSING:
        obj.set('set', d.set)
    if d.enumerable is not MISSING:
        obj.set('enumerable', d.enumerable)
    if d.configurable is not MISSING:
        obj.set('configurable', d.configurable)
    return obj
