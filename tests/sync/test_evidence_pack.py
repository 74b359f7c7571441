"""The option library's evidence travels in the centre's reference-data pack: built from the
centre's options when the pack is written, read by the field installation from its last pack."""

from __future__ import annotations

import json

from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.reference import option_evidence
from cpdesk.services.sync.reference_pack import export_reference_pack, reference_document
from tests.sync.conftest import Network


def _trap(db, company: str, investment_usd: float) -> None:
    c = catalogue.create_company(db, name=company, sector="textile")
    a = assessments.create_assessment(db, company_id=c.id, title="SXSH", currency="USD")
    options.add_option(
        db, a.id, title="Sửa bẫy hơi", category="good_housekeeping", type_code="STM.TRAP.REPAIR",
        investment=investment_usd, annual_savings=2 * investment_usd, status="implemented",
    )  # fmt: skip


def test_the_pack_carries_the_centres_evidence_and_the_field_uses_it(network: Network) -> None:
    centre, field = network.centre, network.field("lan")
    for name, usd in (("Dệt An", 100.0), ("Dệt Bình", 300.0), ("Dệt Cường", 200.0)):
        _trap(centre.db, name, usd)
    _trap(field.db, "Dệt Riêng", 5_000.0)  # the field's own option: not what it reads
    assert option_evidence.library_evidence(field.db).groups[("STM.TRAP.REPAIR", None)].few_cases

    pack = network.path("pack")
    with centre.active():
        written = export_reference_pack(centre.db, pack)
    assert "files/catalogue_option_evidence.json" in {m.name for m in written.manifest.members}
    assert field.import_(pack).status == "imported"

    document = reference_document(field.db, "option_evidence")
    assert "Dệt An" not in json.dumps(document, ensure_ascii=False)
    received = option_evidence.library_evidence(field.db)
    assert received.source == option_evidence.FROM_PACK
    textile = received.groups[("STM.TRAP.REPAIR", "textile")]
    assert (textile.cases, textile.companies, textile.implementation_rate) == (3, 3, 1.0)
    assert textile.investment_usd is not None and textile.investment_usd.median == 200.0  # of 100, 200, 300
