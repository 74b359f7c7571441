"""The command line's tests read its English: every error is printed in the user's language
(``--lang``, else ``$CPDESK_LANG``, else Vietnamese), and these tests set English unless they
unset it to see the Vietnamese."""

from __future__ import annotations

import pytest

from cpdesk.cli.output import LANG_ENV


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANG_ENV, "en")
