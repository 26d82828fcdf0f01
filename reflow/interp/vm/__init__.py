"""reflow.interp.vm: the bytecode VM and its object model: frames and the dispatch loop
(dispatch.py) with the out-of-line opcode handlers (handlers/), the values and objects of
6.1 and 10 (values, objects, function, proxy, descriptors), the abstract operations
(operations, operators, references), realms, modules and the job queue."""
