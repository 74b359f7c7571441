"""Guard for the PySide6 pin: 100 000 Signal.emit() calls must not abort the interpreter.

PySide6 6.12.0 on Python 3.11 loses a reference to ``True`` on every emit and the process
dies with "Fatal Python error: bool_dealloc". The pin in pyproject.toml stays until a release
passes this test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    count = [0]
    emitter.fired.connect(lambda: count.__setitem__(0, count[0] + 1))
    for _ in range(100_000):
        emitter.fired.emit()
    assert count[0] == 100_000, count[0]
    print("emitted", count[0])
    """
)


def test_100k_signal_emits_exit_cleanly() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "emitted 100000" in result.stdout
    assert "Fatal Python error" not in result.stderr
