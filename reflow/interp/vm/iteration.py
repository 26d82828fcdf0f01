"""7.4 Operations on Iterator Objects the VM needs beyond the IteratorRecord: iterator
result objects and 27.1.6 the async-from-sync iterator (for await over a sync iterable;
its methods are built-ins of %AsyncFromSyncIteratorPrototype%)."""
from .objects import JSObject


def create_iter_result(realm, value, done):
    """7.4.14 CreateIterResultObject ( value, done )."""
    obj = realm.new_object()
    obj.props['value'] = value
    obj.props['done'] = done
    return obj


class AsyncFromSyncIterator(JSObject):
    __slots__ = ('sync_record',)

    def __init__(self, proto, sync_record):
        JSObject.__init__(self, proto, 'Object')
        self.sync_record = sync_record


# 27.1.6.1 CreateAsyncFromSyncIterator ( syncIteratorRecord )
def create_async_from_sync_iterator(realm, sync_record):
    from .realm import IteratorRecord
    it = AsyncFromSyncIterator(realm.intrinsics['AsyncFromSyncIteratorPrototype'],
                               sync_record)
    return IteratorRecord(realm, it, it.get('next'))
