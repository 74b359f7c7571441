"""Entry script of the frozen workbench ``cpdesk-gui`` (see installer/cpdesk.spec).

It starts through :mod:`cpdesk.gui.smoke`, which is the plain workbench unless the smoke test
asks it, through ``CPDESK_SMOKE_REPORT``, to report and quit once the main window has shown.
"""

import sys

from cpdesk.gui.smoke import main

if __name__ == "__main__":
    sys.exit(main())
