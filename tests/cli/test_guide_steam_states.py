"""`cpdesk guide` flags a steam stream stored in a state that cannot exist, in both languages.

Steam at 8 bar(g) = 9.01325 bar abs boils at 175.42 °C (IAPWS-IF97; steam tables 175.36 °C
at 9 bar abs, 179.88 °C at 10): at 150 °C it would be 25.42 K below its saturation
temperature. Entry refuses that state; a database from before, or an import, may hold it.
"""

from __future__ import annotations

import json

from cpdesk.cli.main import main
from cpdesk.services.assessment import flow
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Stream
from tests.services.test_guidance import build


def test_guide_flags_stored_steam_below_saturation(db, capsys) -> None:
    plant = build(db)
    steam = flow.add_stream(
        db, plant.a, name="Hơi cấp nhuộm", kind="energy", carrier="steam", target_step_id=plant.dyeing,
        pressure_bar=8, temperature_c=180,
    )  # fmt: skip
    with unit_of_work(db) as session:  # past the services' checks, as an old database holds it
        session.get(Stream, steam.id).temperature_c = 150.0
    assert main(["--db", str(db.path), "guide", str(plant.a), "--json", "--lang", "en"]) == 0
    task5 = json.loads(capsys.readouterr().out)["tasks"][4]
    [finding] = [f for f in task5["findings"] if f["code"] == "steam_below_saturation"]
    assert finding["params"] == {"pressure": 8.0, "temperature": 150.0, "saturation": 175.4, "difference": 25.4}
    assert finding["message"].startswith(
        "Stream Hơi cấp nhuộm: steam at 8 bar(g) and 150 °C is 25.4 K below its saturation temperature 175.4 °C"
    )
    assert main(["--db", str(db.path), "guide", str(plant.a), "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "? Dòng Hơi cấp nhuộm: hơi nước ở 8 bar(g) và 150 °C thấp hơn nhiệt độ bão hòa 175,4 °C" in out
    assert "tính dòng này là hơi bão hòa khô ở 8 bar(g)" in out
