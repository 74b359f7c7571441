"""The README and the pages under docs/ link to files and headings that exist.

The README keeps what a newcomer needs on one screen and links to a page per subject; a page
moved or a heading renamed must not leave a dead link behind. Links are checked as GitHub
renders them: a relative path from the page's folder, and ``#anchor`` as GitHub makes it of
a heading (lower case, punctuation dropped, spaces as hyphens).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the headings of ``page``."""
    found = set()
    for line in FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"^#{1,6} (.*)$", line)
        if heading:
            text = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            found.add(text.replace(" ", "-"))
    return found


def links(page: Path) -> list[str]:
    return LINK.findall(FENCE.sub("", page.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_resolves(page: Path) -> None:
    dead = []
    for target in links(page):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            dead.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            dead.append(target)
    assert not dead, f"{page.relative_to(ROOT)}: dead links {dead}"


def test_the_readme_stays_short_and_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 120, "the README is one screen and links: move detail to docs/"
    first_block = FENCE.search(text)
    assert first_block is not None
    assert "./dev.sh app" in first_block.group(0)
    assert "./dev.sh test" in first_block.group(0)


def test_every_page_under_docs_is_linked_from_somewhere() -> None:
    linked = set()
    for page in PAGES:
        for target in links(page):
            path = target.partition("#")[0]
            if path and not path.startswith(("http://", "https://")):
                linked.add((page.parent / path).resolve())
    orphans = [str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md") if p.resolve() not in linked]
    assert not orphans, f"pages nobody links to: {orphans}"
