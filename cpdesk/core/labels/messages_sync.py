"""Data catalogue: why a bundle is refused, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the refusal of a bundle as a whole
(:mod:`cpdesk.sync`), said after "rejected, nothing was imported:" — its trust (an unknown or
revoked key), damage (cut short, altered, a checksum that does not match), sizes beyond the
limits, and a format or schema newer than this cpdesk. The English wording is the line the
command line prints. A key's fingerprint, a member's name and a byte count are given as text.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "sync.rejected": {
            "vi": "bị từ chối, không nhập gì: {reason}",
            "en": "rejected, nothing was imported: {reason}",
        },
        "sync.rejected_from": {
            "vi": "{source}: bị từ chối, không nhập gì: {reason}",
            "en": "{source}: rejected, nothing was imported: {reason}",
        },
        "sync.in_member": {"vi": "{member}: {problem}", "en": "{member}: {problem}"},
        # the file and its envelope
        "sync.no_such_file": {"vi": "không có tệp này", "en": "no such file"},
        "sync.unreadable_file": {"vi": "không đọc được tệp ({detail})", "en": "cannot read it ({detail})"},
        "sync.rewritten_start": {
            "vi": "tệp đã bị thay đổi trên đường chuyển (các byte đầu bị ghi lại)",
            "en": "the file was changed in transit (its first bytes were rewritten)",
        },
        "sync.not_a_bundle": {
            "vi": "không phải gói cpdesk (loại tệp lạ)",
            "en": "not a cpdesk bundle (unknown file type)",
        },
        "sync.cut_short_no_header": {
            "vi": "tệp bị cắt cụt (không có phần đầu)",
            "en": "the file is cut short (no header)",
        },
        "sync.cut_short_in_header": {
            "vi": "tệp bị cắt cụt (ở phần đầu)",
            "en": "the file is cut short (in the header)",
        },
        "sync.header_too_big": {
            "vi": "phần đầu khai {size} byte, nhiều hơn mức {limit} cho phép",
            "en": "the header declares {size} bytes, more than the {limit} allowed",
        },
        "sync.header_not_json": {"vi": "phần đầu bị hỏng (không phải JSON)", "en": "the header is damaged (not JSON)"},
        "sync.header_damaged": {"vi": "phần đầu bị hỏng", "en": "the header is damaged"},
        "sync.header_damaged_in": {"vi": "phần đầu bị hỏng ({part})", "en": "the header is damaged ({part})"},
        "sync.newer_envelope": {
            "vi": "gói do phiên bản cpdesk mới hơn ghi (phiên bản vỏ gói {version}); hãy cập nhật cpdesk để nhập",
            "en": "written by a newer cpdesk (envelope version {version}); update cpdesk to import it",
        },
        "sync.unknown_cipher": {
            "vi": "được mã hoá bằng {cipher}, cách mã hoá mà phiên bản cpdesk này không biết; hãy cập nhật cpdesk",
            "en": "encrypted with {cipher}, which this cpdesk does not know; update cpdesk",
        },
        "sync.no_private_key": {
            "vi": "gói được mã hoá cho khoá {key}, mà khoá bí mật không có trên máy này hay trong cơ sở dữ liệu của trung tâm",
            "en": "it is encrypted for the key {key}, whose private key is not on this installation or centre database",
        },
        "sync.chunk_size": {
            "vi": "phần đầu khai các khối {size} byte, khác với cách cpdesk ghi",
            "en": "the header declares chunks of {size} bytes, outside what cpdesk writes",
        },
        "sync.sealed_key": {
            "vi": "khoá niêm phong của gói không mở được (bị hỏng hoặc bị sửa trên đường chuyển)",
            "en": "its sealed key does not open (damaged, or altered on the way)",
        },
        # the payload
        "sync.cut_short_reading": {
            "vi": "tệp bị cắt cụt trong khi đọc",
            "en": "the file was cut short while it was read",
        },
        "sync.chunk_damaged_at": {
            "vi": "tệp bị hỏng ở byte {offset} (khối {chunk} không khớp)",
            "en": "the file is damaged at byte {offset} (chunk {chunk} does not check)",
        },
        "sync.chunk_cut_at": {
            "vi": "tệp bị cắt cụt hoặc bị hỏng ở byte {offset} (khối {chunk} không khớp)",
            "en": "the file is cut short or damaged at byte {offset} (chunk {chunk} does not check)",
        },
        "sync.cut_short_no_checksum": {
            "vi": "tệp bị cắt cụt (không có mã kiểm tra ở cuối)",
            "en": "the file is cut short (no checksum at its end)",
        },
        "sync.cut_short": {"vi": "tệp bị cắt cụt", "en": "the file is cut short"},
        "sync.checksum": {
            "vi": "tệp bị hỏng hoặc bị cắt cụt (mã kiểm tra không khớp)",
            "en": "the file is damaged or cut short (its checksum does not match)",
        },
        "sync.cut_short_at": {"vi": "tệp bị cắt cụt ở byte {offset}", "en": "the file is cut short at byte {offset}"},
        "sync.too_big": {
            "vi": "nội dung gói có {size} byte, vượt mức {limit} byte cho phép (có thể đặt mức lớn hơn bằng {variable})",
            "en": "its contents are {size} bytes, more than the {limit} bytes allowed (a larger maximum can be set with {variable})",
        },
        # the archive inside
        "sync.archive_no_end": {
            "vi": "kho lưu trữ bên trong bị cắt cụt hoặc bị hỏng (không có bản ghi kết thúc)",
            "en": "the archive inside is cut short or damaged (no end record)",
        },
        "sync.archive_damaged_in": {
            "vi": "kho lưu trữ bên trong bị hỏng ({part})",
            "en": "the archive inside is damaged ({part})",
        },
        "sync.too_many_members": {
            "vi": "gói có {count} thành phần, nhiều hơn mức {limit} cho phép",
            "en": "it has {count} members, more than the {limit} allowed",
        },
        "sync.directory_too_big": {
            "vi": "danh mục thành phần lớn hơn mức các thành phần cần",
            "en": "its member directory is larger than its members need",
        },
        # the manifest, its signature and the signer
        "sync.wrong_recipient": {
            "vi": "gói được ký cho {signed_for} nhưng được mã hoá cho {encrypted_for} (bị người khác đóng gói lại?)",
            "en": "it was signed for {signed_for} but encrypted for {encrypted_for} (re-packed by someone else?)",
        },
        "sync.no_recipient": {"vi": "không ai nhận", "en": "no recipient"},
        "sync.nobody": {"vi": "không ai", "en": "nobody"},
        "sync.key_mismatch": {
            "vi": "bản kê khai của gói nêu một khoá không khớp với các khoá gói mang theo",
            "en": "its manifest names a key that does not match the keys it carries",
        },
        "sync.bad_signature": {
            "vi": "chữ ký không khớp: bản kê khai đã bị sửa đổi hoặc bị hỏng",
            "en": "its signature does not check: the manifest was altered or damaged",
        },
        "sync.untrusted_key": {
            "vi": "gói được ký bằng khoá {key}, khoá này không được tin cậy ở đây (ở trung tâm: cpdesk centre trust KEYFILE --name NAME)",
            "en": "it is signed with key {key}, which is not trusted here (at the centre: cpdesk centre trust KEYFILE --name NAME)",
        },
        "sync.untrusted_key_of": {
            "vi": "gói do {author} ký bằng khoá {key}, khoá này không được tin cậy ở đây (ở trung tâm: cpdesk centre trust KEYFILE --name NAME)",
            "en": "it is signed by {author} with key {key}, which is not trusted here (at the centre: cpdesk centre trust KEYFILE --name NAME)",
        },
        "sync.revoked_key": {
            "vi": "gói được ký bằng khoá {key} của {name}, đã bị thu hồi ngày {revoked}",
            "en": "it is signed with key {key} of {name}, revoked on {revoked}",
        },
        "sync.newer_app": {
            "vi": "gói do phiên bản cpdesk mới hơn ghi ({version}, lược đồ {schema}); hãy cập nhật cpdesk để nhập",
            "en": "it was written by a newer cpdesk ({version}, schema {schema}); update cpdesk to import it",
        },
        "sync.not_a_manifest": {
            "vi": "bản kê khai của gói không phải bản kê khai của cpdesk",
            "en": "its manifest is not a cpdesk manifest",
        },
        "sync.newer_format": {
            "vi": "gói do phiên bản cpdesk mới hơn ghi (định dạng gói {version}, phiên bản này chỉ đọc đến {supported}); hãy cập nhật cpdesk để nhập",
            "en": "it was written by a newer cpdesk (bundle format {version}, this cpdesk reads up to {supported}); update cpdesk to import it",
        },
        "sync.unknown_kind": {
            "vi": "gói thuộc loại {kind}, loại mà phiên bản cpdesk này không biết; hãy cập nhật cpdesk",
            "en": "it is a bundle of kind {kind}, unknown to this cpdesk; update cpdesk",
        },
        "sync.member_twice": {
            "vi": "bản kê khai liệt kê một thành phần hai lần",
            "en": "its manifest lists a member twice",
        },
        "sync.member_unlisted": {
            "vi": "thành phần {member} không có trong bản kê khai đã ký",
            "en": "member {member} is not listed in the signed manifest",
        },
        "sync.member_missing": {
            "vi": "thành phần {member} có trong bản kê khai nhưng bị thiếu",
            "en": "member {member} listed in the manifest is missing",
        },
        "sync.member_kind": {
            "vi": "thành phần {member} không thuộc loại cpdesk ghi",
            "en": "member {member} is not of a kind cpdesk writes",
        },
        "sync.member_size": {
            "vi": "thành phần {member} có {size} byte, bản kê khai ghi {listed}",
            "en": "member {member} has {size} bytes, the manifest says {listed}",
        },
        "sync.member_line": {
            "vi": "thành phần {member} có một bản ghi dài hơn {limit} byte",
            "en": "member {member} has a record longer than {limit} bytes",
        },
        "sync.member_cut": {
            "vi": "thành phần {member} kết thúc giữa chừng một bản ghi",
            "en": "member {member} ends in the middle of a record",
        },
        "sync.member_name_hash": {
            "vi": "thành phần {member} không được đặt tên theo SHA-256 của nó",
            "en": "member {member} is not named by its SHA-256",
        },
        "sync.member_hash": {
            "vi": "thành phần {member} không khớp với SHA-256 trong bản kê khai (bị sửa hoặc bị hỏng)",
            "en": "member {member} does not match its SHA-256 in the manifest (altered or damaged)",
        },
        "sync.value_too_big": {
            "vi": "{table} {id} mang một giá trị {size}, vượt mức {limit} mà một bản ghi được mang",
            "en": "{table} {id} carries a value of {size}, more than the {limit} a record may carry",
        },
        "sync.blob_too_big": {
            "vi": "tệp đính kèm {blob}... có {size}, quá lớn để nhập",
            "en": "blob {blob}... of {size} is too large to import",
        },
        "sync.unknown_table": {
            "vi": "gói chứa bản ghi của bảng {table}, bảng mà phiên bản cpdesk này không biết; hãy cập nhật cpdesk",
            "en": "it holds records of table {table}, unknown to this cpdesk; update cpdesk",
        },
        "sync.nested_record": {
            "vi": "một bản ghi lồng nhau quá sâu, không đọc được dạng JSON",
            "en": "a record is nested deeper than JSON can be read",
        },
    },
}
