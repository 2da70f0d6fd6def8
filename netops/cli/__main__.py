"""``python -m netops.cli``: the same as ``netops`` (and ``python -m netops``)."""

from netops.cli import main

if __name__ == "__main__":  # pragma: no branch - only ever run as a module
    main()
