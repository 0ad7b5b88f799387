"""Entry point of the frozen app (PyInstaller): the same as the ``closeplan`` command."""

import sys

from closeplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
