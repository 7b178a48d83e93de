"""Benchmarks of actorgraph, kept beside the package and not shipped with it: `python -m bench.run`."""
