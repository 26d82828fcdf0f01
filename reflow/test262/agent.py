"""$262.agent (INTERPRETING.md "Agents"): agents are threads, each with a realm of its
own; broadcast hands every agent a SharedArrayBuffer over the same bytes, and reports
come back to the main agent as strings."""
import threading
import time

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE, JSObject
from reflow.interp.vm.values import NULL, UNDEFINED


class AgentGroup:
    """The agents a test started, and the reports they sent."""

    def __init__(self):
        self.agents = []
        self.reports = []
        self.lock = threading.Lock()


class Agent:
    def __init__(self, group, source):
        self.group = group
        self.source = source
        self.inbox = []                   # (shared bytes, number) from broadcast
        self.ready = threading.Condition()
        self.callback = None
        self.leaving = False
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        from .host import Output, install_262
        from reflow.ext.host import create_realm
        from reflow.interp.vm.script import evaluate_script
        realm = create_realm(Output())
        realm.can_block = True
        obj = install_262(realm)
        install_agent(realm, obj, self.group, self)
        try:
            evaluate_script(realm, self.source, '<agent>')
            realm.run_jobs()
            while not self.leaving:
                with self.ready:
                    while not self.inbox and not self.leaving:
                        self.ready.wait(0.05)
                    if self.leaving and not self.inbox:
                        break
                    data, number = self.inbox.pop(0)
                if self.callback is not None:
                    from reflow.builtins.shared_array_buffer import shared_buffer_for
                    self.callback.call(UNDEFINED, [shared_buffer_for(realm, data), number])
                    realm.run_jobs()
                    if self.callback is None:
                        break
        except (JSThrow, JSErrorSignal) as exc:
            with self.group.lock:
                self.group.reports.append('agent error: %s' % exc)


def install_agent(realm, obj, group, agent=None):
    """$262.agent for the main agent (agent None) or for a started one."""
    from reflow.interp.vm.operations import to_number, to_string
    a = JSObject(realm.intrinsics['ObjectPrototype'])

    def fn(name, length, body):
        a.define(name, NativeFunction(realm, body, name, length), WRITABLE | CONFIGURABLE)

    def start(this, args):
        child = Agent(group, to_string(args[0]) if args else '')
        group.agents.append(child)
        child.thread.start()
        return UNDEFINED

    def broadcast(this, args):
        buffer = args[0] if args else UNDEFINED
        number = args[1] if len(args) > 1 else UNDEFINED
        data = getattr(buffer, 'data', None)
        for child in group.agents:
            with child.ready:
                child.inbox.append((data, number))
                child.ready.notify_all()
        # give the agents the time to pick it up (their callbacks run in their threads)
        time.sleep(0.01)
        return UNDEFINED

    def get_report(this, args):
        with group.lock:
            return group.reports.pop(0) if group.reports else NULL

    def sleep(this, args):
        ms = to_number(args[0]) if args else 0.0
        time.sleep(max(ms, 0.0) / 1000.0 if ms == ms else 0)
        return UNDEFINED

    def monotonic_now(this, args):
        return float(int(time.monotonic() * 1000))

    def receive_broadcast(this, args):
        if agent is not None:
            agent.callback = args[0] if args else None
        return UNDEFINED

    def report(this, args):
        value = to_string(args[0]) if args else 'undefined'
        with group.lock:
            group.reports.append(value)
        return UNDEFINED

    def leaving(this, args):
        if agent is not None:
            agent.leaving = True
        return UNDEFINED

    fn('start', 1, start)
    fn('broadcast', 2, broadcast)
    fn('getReport', 0, get_report)
    fn('sleep', 1, sleep)
    fn('monotonicNow', 0, monotonic_now)
    fn('receiveBroadcast', 1, receive_broadcast)
    fn('report', 1, report)
    fn('leaving', 0, leaving)
    obj.define('agent', a, WRITABLE | CONFIGURABLE)
    return a

