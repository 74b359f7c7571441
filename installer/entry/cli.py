"""Entry script of the frozen console executable ``cpdesk`` (see installer/cpdesk.spec)."""

import sys

from cpdesk.cli.main import run

if __name__ == "__main__":
    sys.exit(run())
