"""The small dialogs of the flow chart: a stream's name, kind and carrier; a step's name and focus."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cpdesk.core.labels import label as label_of
from cpdesk.core.vocabulary import FUELS, Carrier, StreamKind

#: What a stream of each carrier most often is; the dialog proposes it until the user picks.
_USUAL_KIND: dict[str, StreamKind] = {
    Carrier.WATER: StreamKind.WATER,
    Carrier.CONDENSATE: StreamKind.WATER,
    Carrier.WASTEWATER: StreamKind.WASTE,
    Carrier.SOLID_WASTE: StreamKind.WASTE,
    Carrier.FLUE_GAS: StreamKind.WASTE,
    Carrier.AIR_EMISSION: StreamKind.WASTE,
    Carrier.HEAT: StreamKind.WASTE,
    Carrier.PRODUCT: StreamKind.PRODUCT,
    Carrier.RAW_MATERIAL: StreamKind.MATERIAL,
    Carrier.CHEMICALS: StreamKind.MATERIAL,
    Carrier.ELECTRICITY: StreamKind.ENERGY,
    Carrier.STEAM: StreamKind.ENERGY,
    **{fuel.value: StreamKind.ENERGY for fuel in FUELS},
}


@dataclass(frozen=True)
class StreamDraft:
    """What the stream dialog gives back."""

    name: str
    kind: StreamKind
    carrier: Carrier
    source: uuid.UUID | None
    target: uuid.UUID | None


class StreamDialog(QDialog):
    """Name, kind and carrier of a stream, and (when editing) the steps it joins."""

    def __init__(
        self,
        steps: Sequence[tuple[uuid.UUID, str]],
        *,
        draft: StreamDraft,
        lang: str = "vi",
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stream") if editing else self.tr("New stream"))
        self.name = QLineEdit(draft.name)
        self.name.setPlaceholderText(self.tr("e.g. Steam to the dyeing machines"))
        self.kind = QComboBox()
        for kind in StreamKind:
            self.kind.addItem(label_of(StreamKind, kind.value, lang), kind.value)
        self.carrier = QComboBox()
        for carrier in Carrier:
            self.carrier.addItem(label_of(Carrier, carrier.value, lang), carrier.value)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.carrier.setCurrentIndex(self.carrier.findData(draft.carrier.value))
        self._kind_chosen = editing
        self.kind.activated.connect(self._on_kind_chosen)
        self.carrier.currentIndexChanged.connect(self._on_carrier_changed)
        self.source = QComboBox()
        self.target = QComboBox()
        for combo, current in ((self.source, draft.source), (self.target, draft.target)):
            combo.addItem(self.tr("(plant boundary)"), None)
            for step_id, step_name in steps:
                combo.addItem(step_name, step_id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Carrier"), self.carrier)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&From"), self.source)
        form.addRow(self.tr("&To"), self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(self._check)
        self.source.currentIndexChanged.connect(self._check)
        self.target.currentIndexChanged.connect(self._check)
        self._check()

    def _on_kind_chosen(self, _index: int) -> None:
        self._kind_chosen = True

    def _on_carrier_changed(self, _index: int) -> None:
        usual = _USUAL_KIND.get(self.carrier.currentData())
        if usual is not None and not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(usual.value))

    def _check(self) -> None:
        """OK only for a stream the services would take: a name and two different ends, one at least a step."""
        source, target = self.source.currentData(), self.target.currentData()
        valid = bool(self.name.text().strip()) and (source is not None or target is not None) and source != target
        self._ok.setEnabled(valid)

    def draft(self) -> StreamDraft:
        return StreamDraft(
            self.name.text().strip(),
            StreamKind(self.kind.currentData()),
            Carrier(self.carrier.currentData()),
            self.source.currentData(),
            self.target.currentData(),
        )


@dataclass(frozen=True)
class StepDraft:
    name: str
    description: str
    is_focus: bool


class StepDialog(QDialog):
    """Name, description and audit focus of a process step."""

    def __init__(self, draft: StepDraft, *, editing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Process step") if editing else self.tr("New process step"))
        self.name = QLineEdit(draft.name)
        self.description = QPlainTextEdit(draft.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.focus = QCheckBox(self.tr("Audit &focus (a wasteful step chosen in task 3)"))
        self.focus.setChecked(draft.is_focus)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow("", self.focus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        self._ok.setEnabled(bool(draft.name.strip()))

    def draft(self) -> StepDraft:
        return StepDraft(self.name.text().strip(), self.description.toPlainText().strip(), self.focus.isChecked())
