"""Entry script of the frozen cpdesk on Linux: one executable, both the command line and the workbench.

The Linux bundle holds one executable, ``cpdesk``, and ``cpdesk-gui``, a symbolic link to it
(see installer/cpdesk.spec), so that the Python modules are packed once instead of once per
executable. Started as ``cpdesk-gui`` (through that link, or a link to it such as the one
install.sh puts in ~/.local/bin) it opens the workbench through :mod:`cpdesk.gui.smoke`;
under any other name it is the command line. Windows keeps two executables (gui.py and
cli.py), since there a console program and a windowed one are built differently.
"""

import os
import sys

GUI_NAME = "cpdesk-gui"  # bundle_layout.GUI_NAME (tests/installer checks they agree)


def main() -> int:
    """Run the workbench or the command line, by the name this program was started as."""
    if os.path.basename(sys.argv[0]) == GUI_NAME:
        from cpdesk.gui.smoke import main as start
    else:
        from cpdesk.cli.main import run as start
    return start()


if __name__ == "__main__":
    sys.exit(main())
