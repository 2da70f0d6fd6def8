"""``python -m netops``: the same command line as the ``netops`` script.

Useful where the script is not on ``PATH`` (a virtual environment not
activated, ``pipx run``, a container), and to be sure which interpreter runs it.
"""

from netops.cli import main

if __name__ == "__main__":  # pragma: no branch - only ever run as a module
    main()
