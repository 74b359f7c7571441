"""`cpdesk guide ASSESSMENT`: the trainee's progress through the 18 tasks and what each lacks.

The services are imported inside the handler, so that registering the command costs the
command line's start-up nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json

_MARK = {"missing": "!", "suspicious": "?"}
_HEADINGS = {
    "vi": ("Bước", "nhiệm vụ đạt", "đã đánh dấu xong", "đánh dấu xong nhưng còn thiếu"),
    "en": ("Step", "tasks done", "marked done", "marked done, but checks fail"),
}


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk guide` to the command line."""
    p = sub.add_parser("guide", help="progress through the 18 tasks and what each task lacks")
    p.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix of it)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(p, "language of the texts")
    p.set_defaults(handler=lambda args: cmd_guide(args, open_db))


def cmd_guide(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.assessment import assessments, guidance

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        row = assessments.show_assessment(db, args.assessment).row
        progress = guidance.progress(db, row.id)
        tolerances = {group: guidance.closure_tolerance(db, group) for group in ("water", "energy")}
    finally:
        db.close()
    document = guide_document(row, progress, tolerances, lang)
    if args.json:
        emit_json(document)
    else:
        print_guide(document, lang)
    return 0


def guide_document(row: Any, progress: Any, tolerances: dict[str, float], lang: str) -> dict[str, Any]:
    """The progress as the JSON document of docs/cli-json.md."""
    from cpdesk.core import reference
    from cpdesk.core.method_guide import TASK_SECTIONS

    method = reference.methodology()
    return {
        "assessment": {"id": str(row.id), "title": row.title},
        "lang": lang,
        "tasks_done": progress.done,
        "tasks_marked_done": progress.marked_done,
        "tasks_total": len(progress.tasks),
        "closure_tolerance_pct": tolerances,
        "steps": [
            {"step": s.step_no, "title": method.step(s.step_no).title.get(lang), "done": s.done, "total": s.total}
            for s in progress.steps
        ],
        "tasks": [
            {
                "task": t.task_no,
                "step": t.step_no,
                "title": method.task(t.task_no).title.get(lang),
                "section": TASK_SECTIONS[t.task_no],
                "status": t.status.value,
                "marked_done": t.marked_done,
                "done": t.done,
                "findings": [finding_document(f, lang) for f in t.findings],
            }
            for t in progress.tasks
        ],
    }


def finding_document(f: Any, lang: str) -> dict[str, Any]:
    """One finding as JSON: its task, check, severity, subject, parameters and message."""
    from cpdesk.core.messages import Message

    subject = f.subject
    return {
        "task": f.task_no,
        "code": f.code,
        "severity": f.severity.value,
        "blocking": f.blocking,
        "subject": None if subject is None else {"entity": subject.entity, "id": subject.id, "name": subject.name},
        "params": {k: v.text(lang) if isinstance(v, Message) else v for k, v in f.params.items()},
        "message": f.message(lang),
    }


def print_guide(document: dict[str, Any], lang: str) -> None:
    from cpdesk.core.labels import label

    step_word, done_word, marked_word, open_word = _HEADINGS[lang]
    print(document["assessment"]["title"])
    print(
        f"{document['tasks_done']}/{document['tasks_total']} {done_word}, {document['tasks_marked_done']} {marked_word}"
    )
    tasks = {t["task"]: t for t in document["tasks"]}
    for step in document["steps"]:
        print(f"\n{step_word} {step['step']}. {step['title']}  {step['done']}/{step['total']}")
        for t in (t for t in tasks.values() if t["step"] == step["step"]):
            box = "x" if t["done"] else ("~" if t["marked_done"] else " ")
            status = open_word if t["marked_done"] and not t["done"] else label("TaskStatusWord", t["status"], lang)
            print(f"  [{box}] {t['task']:>2}. {t['title']}: {status}")
            for f in t["findings"]:
                print(f"         {_MARK[f['severity']]} {f['message']}")
