"""Data catalogue: what an edit on a shared database is told, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): an edit made on a screen older than the
record is refused naming the colleague's change (:class:`cpdesk.services.editing.history.ChangedMeanwhile`).
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "edit.field_changed_by": {
            "vi": "{person} đã sửa {field} từ {before} thành {after} lúc {when}",
            "en": "{person} changed {field} from {before} to {after} at {when}",
        },
        "edit.changed_by": {
            "vi": "{person} đã sửa {record} này lúc {when}",
            "en": "{person} changed this {record} at {when}",
        },
        "edit.deleted_by": {
            "vi": "{person} đã xoá {record} này lúc {when}",
            "en": "{person} deleted this {record} at {when}",
        },
        "edit.changed_by_import": {
            "vi": "{record} này đã được cập nhật từ một gói dữ liệu nhập vào sau khi màn hình của bạn hiển thị nó",
            "en": "this {record} was updated by an imported bundle after your screen showed it",
        },
        "edit.and_earlier": {
            "vi": "{change} (và {earlier} thay đổi trước đó)",
            "en": "{change} (and {earlier} earlier changes)",
        },
    },
}
