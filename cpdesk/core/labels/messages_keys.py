"""Data catalogue: keys, the trust registry and sync conflicts, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): why a key file cannot be read or
trusted, why a fingerprint names no key, and why a conflict cannot be resolved as asked
(:mod:`cpdesk.sync.keys`, :mod:`cpdesk.services.sync`). The English wording is the line the
command line prints. A fingerprint, a path and a record's id are given as text.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        # keys and the trust registry
        "key.not_a_fingerprint": {
            "vi": "{text} không phải dấu vân tay của khoá (cần các chữ số hệ 16 như 1a2b-3c4d-...)",
            "en": "{text} is not a key fingerprint (expected hex digits such as 1a2b-3c4d-...)",
        },
        "key.public_size": {
            "vi": "khoá công khai phải dài 32 byte (Ed25519 và X25519)",
            "en": "a public key must be 32 bytes (Ed25519 and X25519)",
        },
        "key.unknown_role": {
            "vi": "vai trò khoá {role} không rõ: cần là một trong {roles}",
            "en": "unknown key role {role}: expected one of {roles}",
        },
        "key.in_file": {"vi": "{source}: {problem}", "en": "{source}: {problem}"},
        "key.not_public_file": {
            "vi": "{source} không phải tệp khoá công khai của cpdesk",
            "en": "{source} is not a cpdesk public key file",
        },
        "key.public_not_json": {
            "vi": "{source} không phải tệp khoá công khai của cpdesk (không phải JSON)",
            "en": "{source} is not a cpdesk public key file (not JSON)",
        },
        "key.public_not_text": {
            "vi": "{source} không phải tệp khoá công khai của cpdesk (không phải văn bản)",
            "en": "{source} is not a cpdesk public key file (not text)",
        },
        "key.file_too_large": {
            "vi": "{source} quá lớn để là tệp khoá công khai của cpdesk",
            "en": "{source} is too large to be a cpdesk public key file",
        },
        "key.file_version": {
            "vi": "{source}: không biết phiên bản tệp khoá {version}; hãy cập nhật cpdesk",
            "en": "{source}: key file version {version} is not known; update cpdesk",
        },
        "key.fingerprint_mismatch": {
            "vi": "{source}: dấu vân tay ghi trong tệp không khớp với các khoá của nó (tệp bị hỏng?)",
            "en": "{source}: the fingerprint written in the file does not match its keys (damaged?)",
        },
        "key.private_damaged": {
            "vi": "{source} bị hỏng hoặc không phải tệp khoá bí mật của cpdesk",
            "en": "{source} is damaged or not a cpdesk private key file",
        },
        "key.private_kind": {
            "vi": "{source} chứa khoá sai loại (cần Ed25519 và X25519)",
            "en": "{source} holds keys of the wrong kind (expected Ed25519 and X25519)",
        },
        "key.private_readable": {
            "vi": "người dùng khác đọc được tệp khoá bí mật {path}; hãy đặt tệp ở chế độ riêng tư (chmod 600 {path})",
            "en": "private key file {path} can be read by other users; make it private (chmod 600 {path})",
        },
        "key.private_unreadable": {
            "vi": "không đọc được tệp khoá bí mật {path}: {detail}",
            "en": "cannot read private key file {path}: {detail}",
        },
        "key.file_unreadable": {
            "vi": "không đọc được tệp khoá {path}: {detail}",
            "en": "cannot read key file {path}: {detail}",
        },
        "key.field_missing": {"vi": "{source}: thiếu '{field}'", "en": "{source}: '{field}' is missing"},
        "key.field_kind": {
            "vi": "{source}: thiếu '{field}' hoặc đó không phải khoá {kind}",
            "en": "{source}: '{field}' is missing or not an {kind} key",
        },
        "key.field_base64": {
            "vi": "{source}: '{field}' không phải base64 hợp lệ",
            "en": "{source}: '{field}' is not valid base64",
        },
        "key.field_size": {
            "vi": "{source}: '{field}' có {size} byte, khoá {kind} có 32 byte",
            "en": "{source}: '{field}' has {size} bytes, an {kind} key has 32",
        },
        "key.cannot_write": {"vi": "không ghi được {path}: {detail}", "en": "cannot write {path}: {detail}"},
        "key.already_centre": {
            "vi": "cơ sở dữ liệu này đã là trung tâm {name} ({fingerprint})",
            "en": "this database is already the centre {name} ({fingerprint})",
        },
        "key.not_centre": {
            "vi": "cơ sở dữ liệu này không phải của trung tâm (hãy chạy: cpdesk centre init --name NAME)",
            "en": "this database is not the centre's (run: cpdesk centre init --name NAME)",
        },
        "key.not_centres_key": {
            "vi": "{file} có dấu vân tay {fingerprint}, không phải {typed}: đây không phải khoá của trung tâm (hoặc dấu vân tay bị gõ sai); chưa tin cậy khoá nào",
            "en": "{file} has the fingerprint {fingerprint}, not {typed}: this is not the centre's key (or the fingerprint was mistyped); nothing was trusted",
        },
        "key.already_trusted": {
            "vi": "khoá {fingerprint} đã được tin cậy với tên {name}",
            "en": "key {fingerprint} is already trusted as {name}",
        },
        "key.revoked_never_again": {
            "vi": "khoá {fingerprint} của {name} đã bị thu hồi ngày {revoked}; khoá đã thu hồi không bao giờ được tin cậy lại: hãy xin một khoá mới",
            "en": "key {fingerprint} of {name} was revoked on {revoked}; a revoked key is never trusted again: ask for a new key",
        },
        "key.already_revoked": {
            "vi": "khoá {fingerprint} của {name} đã bị thu hồi ngày {revoked}",
            "en": "key {fingerprint} of {name} was already revoked on {revoked}",
        },
        "key.fingerprint_too_short": {
            "vi": "hãy nhập ít nhất 8 chữ số hệ 16 của dấu vân tay, không phải {text}",
            "en": "give at least 8 hex digits of the fingerprint, not {text}",
        },
        "key.no_such_key": {
            "vi": "không có khoá tin cậy nào có dấu vân tay {fingerprint}",
            "en": "no trusted key has the fingerprint {fingerprint}",
        },
        "key.several_keys": {
            "vi": "{fingerprint} khớp với {count} khoá; hãy nhập thêm dấu vân tay",
            "en": "{fingerprint} matches {count} keys; give more of the fingerprint",
        },
        "key.not_a_recipient": {
            "vi": "--to {text} không phải tệp khoá, cũng không phải dấu vân tay của một khoá tin cậy",
            "en": "--to {text} is neither a key file nor the fingerprint of a trusted key",
        },
        "key.centre_writes_packs": {
            "vi": "chỉ trung tâm mới ghi gói dữ liệu tham chiếu (hãy chạy: cpdesk centre init --name NAME)",
            "en": "only the centre writes reference-data packs (run: cpdesk centre init --name NAME)",
        },
        # resolving a conflict
        "conflict.say_what_to_keep": {
            "vi": "hãy nói giữ bản nào: --keep mine, --keep theirs hoặc --keep FIELD=VALUE",
            "en": "say what to keep: --keep mine, --keep theirs or --keep FIELD=VALUE",
        },
        "conflict.already_resolved": {
            "vi": "xung đột {conflict} đã được giải quyết ({resolution})",
            "en": "conflict {conflict} was already resolved ({resolution})",
        },
        "conflict.record_gone": {
            "vi": "bản ghi {kind} {id} của xung đột này không còn nữa",
            "en": "the {kind} record {id} of this conflict no longer exists",
        },
        "conflict.parent_deleted": {
            "vi": "{kind} {id} thuộc {parent_kind} {parent_id}, bản ghi đã bị xoá: hãy giữ việc xoá (--keep deleted=yes), hoặc khôi phục bản ghi đó trước",
            "en": "{kind} {id} belongs to {parent_kind} {parent_id}, which is deleted: keep its deletion (--keep deleted=yes), or bring that record back first",
        },
        "conflict.bad_key": {
            "vi": "không có xung đột {key} (hãy nhập mã của nó hoặc 8 ký tự đầu của mã)",
            "en": "no conflict {key} (give its id or the first 8 characters of it)",
        },
        "conflict.no_such": {"vi": "không có xung đột {key}", "en": "no conflict {key}"},
        "conflict.several": {
            "vi": "{key} khớp với {count} xung đột; hãy nhập thêm mã",
            "en": "{key} matches {count} conflicts; give more of the id",
        },
        "conflict.unknown_table": {
            "vi": "xung đột trên bảng {table}, bảng mà phiên bản cpdesk này không biết",
            "en": "conflict on table {table}, which this cpdesk does not know",
        },
        "conflict.unusable_version": {
            "vi": "không dùng được một phiên bản lưu cùng xung đột này: {problem}; hãy giữ FIELD=VALUE",
            "en": "a version kept with this conflict cannot be used: {problem}; keep FIELD=VALUE",
        },
        "conflict.keep_form": {
            "vi": "--keep {choice}: cần là mine, theirs hoặc FIELD=VALUE",
            "en": "--keep {choice}: expected mine, theirs or FIELD=VALUE",
        },
        "conflict.keep_deleted": {
            "vi": "--keep {choice}: deleted nhận mine, theirs, yes hoặc no",
            "en": "--keep {choice}: deleted takes mine, theirs, yes or no",
        },
        "conflict.no_field": {
            "vi": "{kind} không có trường {field} (các trường: {fields})",
            "en": "{kind} has no field {field} (fields: {fields})",
        },
        "conflict.file_field": {
            "vi": "{kind}.{field} chứa một tệp: hãy giữ mine hoặc theirs",
            "en": "{kind}.{field} holds a file: keep mine or theirs",
        },
        "conflict.bad_value": {
            "vi": "{kind}.{field} = {value}: {problem}",
            "en": "{kind}.{field} = {value}: {problem}",
        },
        # writing a bundle, and a long export or import cancelled
        "sync.export_cannot_write": {
            "vi": "không ghi được {path}: {detail}; không xuất gì và tệp không bị thay đổi",
            "en": "cannot write {path}: {detail}; nothing was exported and the file was not changed",
        },
        "sync.export_unreadable": {
            "vi": "không đọc lại được {path} ({detail}); bản xuất đã bị xoá",
            "en": "{path} cannot be read back ({detail}); the export was removed",
        },
        "sync.export_differs": {
            "vi": "{path} đọc lại khác với những gì đã ghi ({size} trong {total} byte, mã băm khác): thiết bị bị lỗi hoặc đã bị rút ra; bản xuất đã bị xoá, hãy ghi vào chỗ khác",
            "en": "{path} read back differs from what was written ({size} of {total} bytes, hash differs): the device is faulty or was removed; the export was removed, write it elsewhere",
        },
        "sync.export_unfinished": {"vi": "gói chưa được ghi xong", "en": "the bundle was not finished"},
        "sync.export_too_compressible": {
            "vi": "thành phần {member} nén được nhiều đến mức một lần nhập sẽ từ chối nó; hãy báo lỗi này",
            "en": "member {member} compresses so well that an import would refuse it; please report this",
        },
        "sync.import_cancelled": {
            "vi": "việc nhập đã bị huỷ; không ghi gì",
            "en": "the import was cancelled; nothing was written",
        },
        "sync.export_cancelled": {
            "vi": "việc xuất đã bị huỷ; không ghi gì",
            "en": "the export was cancelled; nothing was written",
        },
    },
}
