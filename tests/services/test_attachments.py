"""Attachments: stored with size and checksum, listed without bytes, damage detected."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import update

from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, attachments, flow, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Attachment

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082"
)


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)
    step = flow.add_process_step(db, a.id, name="Lò hơi")
    option = options.add_option(db, a.id, title="Bảo ôn đường hơi", category="equipment_modification", code="O1")
    return a, step, option


def test_add_list_read_roundtrip(db, plant, tmp_path) -> None:
    a, step, option = plant
    photo = tmp_path / "lò hơi.png"
    photo.write_bytes(PNG)
    row = attachments.add_file(db, a.id, photo, caption="Lò hơi", owner_type="process_step", owner_id=step.id)
    assert (row.filename, row.media_type, row.size_bytes) == ("lò hơi.png", "image/png", len(PNG))
    assert row.sha256 == hashlib.sha256(PNG).hexdigest()
    assert row.owner_name == "Lò hơi"
    assert row.is_image
    note = attachments.add_attachment(
        db, a.id, filename="notes.txt", content=b"readings", owner_type="option", owner_id=option.id
    )
    assert note.owner_name == "O1 Bảo ôn đường hơi"
    assert note.media_type == "text/plain"
    assert [r.filename for r in attachments.list_attachments(db, a.id)] == ["lò hơi.png", "notes.txt"]
    assert [r.id for r in attachments.list_attachments(db, a.id, owner_type="option")] == [note.id]
    got, content = attachments.read_attachment(db, row.id)
    assert content == PNG
    assert got == row


def test_caption_edit_and_delete_are_reversible(db, plant) -> None:
    a, *_ = plant
    row = attachments.add_attachment(db, a.id, filename="a.png", content=PNG)
    undo = editing.apply(db, editing.Update("attachment", row.id, {"caption": "Bẫy hơi"}))
    assert attachments.list_attachments(db, a.id)[0].caption == "Bẫy hơi"
    editing.apply(db, undo)
    assert attachments.list_attachments(db, a.id)[0].caption == ""
    editing.apply(db, editing.Delete("attachment", row.id))
    assert attachments.list_attachments(db, a.id) == []
    with pytest.raises(NotFoundError):
        attachments.read_attachment(db, row.id)


def test_bad_attachments_store_nothing(db, plant) -> None:
    a, step, _ = plant
    with pytest.raises(ValidationError, match="owner_type"):
        attachments.add_attachment(db, a.id, filename="x.png", content=PNG, owner_type="pump")
    with pytest.raises(ValidationError, match="owner_id"):
        attachments.add_attachment(db, a.id, filename="x.png", content=PNG, owner_type="stream")
    with pytest.raises(ValidationError, match="at most"):
        attachments.add_attachment(db, a.id, filename="big.bin", content=b"0" * (attachments.MAX_BYTES + 1))
    other = assessments.create_assessment(db, company_id=a.company_id, title="Khác", exchange_rate=15_700)
    with pytest.raises(ValidationError, match="another assessment"):
        attachments.add_attachment(
            db, other.id, filename="x.png", content=PNG, owner_type="process_step", owner_id=step.id
        )
    with pytest.raises(CpdeskError, match="cannot read"):
        attachments.add_file(db, a.id, "/nonexistent/photo.jpg")
    assert attachments.list_attachments(db, a.id) == []
    assert attachments.list_attachments(db, other.id) == []


def test_damaged_bytes_are_reported(db, plant) -> None:
    a, *_ = plant
    row = attachments.add_attachment(db, a.id, filename="a.png", content=PNG)
    with unit_of_work(db) as session:
        session.execute(update(Attachment).where(Attachment.id == row.id).values(content=PNG[:-1] + b"\x00"))
    with pytest.raises(CpdeskError, match="damaged"):
        attachments.read_attachment(db, row.id)
