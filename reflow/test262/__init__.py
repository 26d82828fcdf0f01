"""reflow's test262 runner (`reflow test262`): see runner.py."""
