"""The method's guide: one entry per task, purposes of 2 to 4 sentences, worksheets in vi and en."""

from __future__ import annotations

import re
import unicodedata

import pytest

from cpdesk.core import guidance, method_guide

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def test_every_task_has_a_guide_in_order() -> None:
    assert [g.task_no for g in method_guide.GUIDES] == list(range(1, 19))
    assert [method_guide.guide(n).step_no for n in (1, 3, 4, 7, 8, 9, 10, 13, 14, 16, 17, 18)] == [
        1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
    ]  # fmt: skip
    with pytest.raises(ValueError, match="1 to 18"):
        method_guide.guide(0)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_purposes_are_two_to_four_sentences(lang: str) -> None:
    for g in method_guide.GUIDES:
        text = g.purpose[lang]
        sentences = len(SENTENCE_END.findall(text))
        assert 2 <= sentences <= 4, (g.task_no, lang, sentences)
        assert text == unicodedata.normalize("NFC", text)
        assert text.strip() == text


def test_worksheets_list_their_items_in_both_languages() -> None:
    for g in method_guide.GUIDES:
        assert len(g.worksheet) >= 2, g.task_no
        for item in g.worksheet:
            assert set(item) == {"vi", "en"}
            assert all(item[lang].strip() for lang in ("vi", "en"))
        assert g.items("en") == [i["en"] for i in g.worksheet]
    # The Vietnamese texts use the glossary's words.
    assert "đội SXSH" in method_guide.guide(1).purpose["vi"]
    assert "Quản lý nội vi".lower() in method_guide.guide(9).purpose["vi"]
    assert "NPV" in method_guide.guide(11).purpose["vi"]


def test_sections_and_steps_agree_with_the_method() -> None:
    assert method_guide.TASK_SECTIONS[5] == "balances"
    assert method_guide.TASK_SECTIONS[8] == "options"
    assert set(method_guide.TASK_SECTIONS.values()) == {
        "team", "process_steps", "flow_chart", "balances", "waste_costs", "options", "implementation", "verification",
        "overview",
    }  # fmt: skip
    assert sum(len(tasks) for tasks in guidance.STEP_TASKS.values()) == 18
