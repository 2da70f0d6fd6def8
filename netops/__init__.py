"""netops: a NetOps assistant that writes code.

A natural-language request becomes a short Python program over a NetworkX
topology (written by a local quantized model), which runs in a sandbox and is
validated before anything is applied. This package imports nothing heavy at
import time so that ``python -m netops.buildflags`` works before installation.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
