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
        # the members of the archive inside
        "sync.name.empty": {"vi": "tên rỗng", "en": "an empty name"},
        "sync.name.nul": {"vi": "ký tự NUL", "en": "a NUL character"},
        "sync.name.absolute": {"vi": "đường dẫn tuyệt đối", "en": "an absolute path"},
        "sync.name.drive": {"vi": "ký tự ổ đĩa", "en": "a drive letter"},
        "sync.name.backslash": {"vi": "dấu gạch chéo ngược", "en": "a back-slash"},
        "sync.name.parent": {"vi": "'..' (sẽ ra khỏi gói)", "en": "'..' (it would leave the bundle)"},
        "sync.name.empty_part": {"vi": "một phần đường dẫn rỗng hoặc là '.'", "en": "an empty or '.' path component"},
        "sync.name.long": {"vi": "hơn 255 ký tự", "en": "more than 255 characters"},
        "sync.name.characters": {
            "vi": "ký tự ngoài A-Z, a-z, 0-9, '.', '_', '-' và '/'",
            "en": "characters outside A-Z, a-z, 0-9, '.', '_', '-' and '/'",
        },
        "sync.member_name": {"vi": "tên thành phần {member} có {problem}", "en": "member name {member} has {problem}"},
        "sync.member_link": {
            "vi": "thành phần {member} là một liên kết tượng trưng",
            "en": "member {member} is a symbolic link",
        },
        "sync.member_folder": {"vi": "thành phần {member} là một thư mục", "en": "member {member} is a folder"},
        "sync.member_zip_encryption": {
            "vi": "thành phần {member} dùng mã hoá ZIP, điều cpdesk không bao giờ ghi",
            "en": "member {member} uses ZIP encryption, which cpdesk never writes",
        },
        "sync.member_compression": {
            "vi": "thành phần {member} dùng một cách nén không rõ",
            "en": "member {member} uses an unknown compression method",
        },
        "sync.member_appears_twice": {
            "vi": "thành phần {member} xuất hiện hai lần",
            "en": "member {member} appears twice",
        },
        "sync.member_too_big": {
            "vi": "thành phần {member} khai {size} byte, nhiều hơn mức {limit} cho phép",
            "en": "member {member} declares {size} bytes, more than the {limit} allowed",
        },
        "sync.member_bomb": {
            "vi": "thành phần {member} sẽ phình ra {ratio} lần (hơn {limit}): một quả bom zip",
            "en": "member {member} would inflate {ratio} times (more than {limit}): a zip bomb",
        },
        "sync.members_too_big": {
            "vi": "các thành phần khai tổng cộng nhiều hơn mức {limit} byte cho phép",
            "en": "its members declare more than the {limit} bytes allowed",
        },
        "sync.member_absent": {"vi": "thiếu thành phần {member}", "en": "member {member} is missing"},
        "sync.member_inflates": {
            "vi": "thành phần {member} phình ra quá {limit} byte mà nó khai",
            "en": "member {member} inflates beyond the {limit} bytes it declares",
        },
        "sync.member_damaged": {
            "vi": "thành phần {member} bị hỏng ({detail})",
            "en": "member {member} is damaged ({detail})",
        },
        "sync.member_expected_size": {
            "vi": "thành phần {member} khai {size} byte; chỉ chờ nhiều nhất {limit}",
            "en": "member {member} declares {size} bytes; at most {limit} expected",
        },
        # importing a bundle into this database
        "sync.breaks_rule": {
            "vi": "các bản ghi của gói vi phạm một quy tắc của cơ sở dữ liệu này ({detail})",
            "en": "its records break a rule of this database ({detail})",
        },
        "sync.first_pack_only": {
            "vi": "--centre-fingerprint chỉ xác nhận gói tham chiếu đầu tiên của trung tâm; đây là một gói dữ liệu",
            "en": "--centre-fingerprint confirms a centre's first reference pack only; this is a data bundle",
        },
        "sync.pack_not_by_centre": {
            "vi": "gói dữ liệu tham chiếu phải do trung tâm ký; gói này do {name} ký",
            "en": "a reference-data pack must be signed by the centre; this one is signed by {name}",
        },
        "sync.id_reused": {
            "vi": "một gói khác có cùng mã {bundle} đã được nhập lúc {when}; gói này bị từ chối (mã bị dùng lại hoặc bị giả mạo)",
            "en": "a different bundle with the same id {bundle} was imported on {when}; this one is refused (re-used id or tampering)",
        },
        "sync.pack_no_keys": {
            "vi": "gói dữ liệu tham chiếu không có keys.json",
            "en": "the reference-data pack has no keys.json",
        },
        "sync.pack_keys_unreadable": {
            "vi": "không đọc được keys.json của gói ({detail})",
            "en": "the pack's keys.json cannot be read ({detail})",
        },
        "sync.pack_other_centre": {
            "vi": "gói nêu một khoá trung tâm khác với khoá đã ký gói",
            "en": "the pack names a centre key other than the one it is signed with",
        },
        "sync.pack_catalogue_unusable": {
            "vi": "không dùng được danh mục {name} của gói ({detail})",
            "en": "catalogue {name} of the pack cannot be used ({detail})",
        },
        "sync.pack_catalogue_not_json": {
            "vi": "danh mục {name} của gói không phải JSON",
            "en": "catalogue {name} of the pack is not JSON",
        },
        # a manifest that cannot be read
        "sync.manifest.format_version": {
            "vi": "bản kê khai của gói có phiên bản định dạng {version}",
            "en": "its manifest has format version {version}",
        },
        "sync.manifest.bundle_id": {
            "vi": "bản kê khai của gói có mã gói sai dạng",
            "en": "its manifest has a malformed bundle id",
        },
        "sync.manifest.no_members": {
            "vi": "bản kê khai của gói không liệt kê thành phần nào",
            "en": "its manifest lists no members",
        },
        "sync.manifest.sha256": {
            "vi": "bản kê khai của gói có một SHA-256 sai dạng",
            "en": "its manifest has a malformed SHA-256",
        },
        "sync.manifest.recipient": {
            "vi": "bản kê khai của gói có người nhận sai dạng",
            "en": "its manifest has a malformed recipient",
        },
        "sync.manifest.created": {
            "vi": "bản kê khai của gói có thời điểm tạo sai dạng",
            "en": "its manifest has a malformed creation time",
        },
        "sync.manifest.created_zone": {
            "vi": "bản kê khai của gói có thời điểm tạo không kèm múi giờ",
            "en": "its manifest has a creation time without time zone",
        },
        "sync.manifest.coverage": {
            "vi": "bản kê khai của gói có phạm vi {mode} không rõ",
            "en": "its manifest has an unknown coverage mode {mode}",
        },
        "sync.manifest.not_json": {
            "vi": "bản kê khai của gói bị hỏng (không phải JSON)",
            "en": "its manifest is damaged (not JSON)",
        },
        "sync.manifest.not_object": {
            "vi": "bản kê khai của gói bị hỏng (không phải một đối tượng)",
            "en": "its manifest is damaged (not an object)",
        },
        "sync.manifest.key": {
            "vi": "bản kê khai của gói không có khoá {kind} hợp lệ",
            "en": "its manifest has no valid {kind} key",
        },
        "sync.manifest.field": {
            "vi": "bản kê khai của gói không có '{field}' hợp lệ",
            "en": "its manifest has no valid '{field}'",
        },
    },
}
