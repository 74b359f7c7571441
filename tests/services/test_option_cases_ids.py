"""The cases behind a figure as the screens need them: whether to offer them (the centre's
installation alone, the rule of ``cpdesk library cases``) and, for each case, the ids of its
assessment and option, which open it in the workbench, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import uuid

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.reference import option_evidence
from cpdesk.services.sync import keys


def test_only_the_centre_is_offered_the_cases_and_each_case_opens_its_option(any_db) -> None:
    made = {}
    for name, usd in (("Dệt A", 400.0), ("Dệt B", 600.0)):
        company = catalogue.create_company(any_db, name=name, sector="textile")
        a = assessments.create_assessment(any_db, company_id=company.id, title=f"SXSH {name}", currency="USD")
        option = options.add_option(any_db, a.id, title="Rò khí nén", category="good_housekeeping",
                                    type_code="AIR.LEAK.REPAIR", investment=usd, annual_savings=2 * usd)  # fmt: skip
        made[name] = (a.id, option.id)
    assert option_evidence.cases_available(any_db) is False
    with pytest.raises(CpdeskError):  # the screens offer nothing the service would refuse
        option_evidence.option_cases(any_db, "AIR.LEAK.REPAIR")
    keys.init_centre(any_db, "Trung tâm SXSH")
    assert option_evidence.cases_available(any_db) is True
    cases = option_evidence.option_cases(any_db, "AIR.LEAK.REPAIR", sector="textile")
    assert [(c.company, c.assessment_id, c.option_id) for c in cases] == [
        ("Dệt A", *made["Dệt A"]),
        ("Dệt B", *made["Dệt B"]),
    ]
    assert all(isinstance(c.assessment_id, uuid.UUID) and isinstance(c.option_id, uuid.UUID) for c in cases)
