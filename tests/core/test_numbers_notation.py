"""Tests of cpdesk.core.numbers and cpdesk.core.field_ranges: no silent thousand-fold error.

"1.000" and "1,000" are a thousands group in one notation and a decimal in the other. All
four ways of typing that shape in the two notations are flagged alike, unless a whole-number
count or the field's plausible range settles it.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cpdesk.core.entities import Entity
from cpdesk.core.field_ranges import PLAUSIBLE, PlausibleRange, plausible
from cpdesk.core.numbers import LOCALES, AmbiguousNumber, format_for_entry, format_number, parse_number

EXCHANGE_RATE = plausible(Entity.ASSESSMENT, "exchange_rate")
LIFETIME = plausible(Entity.OPTION, "lifetime_years")


# --- the two mirrors that passed silently -----------------------------------------------


def test_comma_thousand_in_vietnamese_is_flagged() -> None:
    # Today "1,000" in vi is taken as 1 with no word, a thousandth of the English 1,000.
    with pytest.raises(AmbiguousNumber) as caught:
        parse_number("1,000", "vi")
    error = caught.value
    assert error.candidates == (1000.0, 1.0)  # grouping first, as for "1.000"
    assert error.read_as == 1.0  # "," is the decimal mark in vi
    assert error.spellings == ("1000", "1,0")
    assert "\n" not in str(error)


def test_dot_group_in_english_is_flagged() -> None:
    # Today "93.200" in en is taken as 93.2 with no word; in vi it is 93 200.
    with pytest.raises(AmbiguousNumber) as caught:
        parse_number("93.200", "en")
    error = caught.value
    assert error.candidates == (93200.0, 93.2)
    assert error.read_as == 93.2
    assert error.spellings == ("93200", "93.2")


@pytest.mark.parametrize(
    ("text", "locale", "read_as"),
    [("1.000", "vi", 1000.0), ("1,000", "en", 1000.0), ("1,000", "vi", 1.0), ("1.000", "en", 1.0)],
)
def test_all_four_are_flagged_alike(text: str, locale: str, read_as: float) -> None:
    with pytest.raises(AmbiguousNumber) as caught:
        parse_number(text, locale)
    assert caught.value.candidates == (1000.0, 1.0)
    assert caught.value.read_as == read_as
    # The spellings offered mean what they say, without a question.
    thousand, one = caught.value.spellings
    assert parse_number(thousand, locale) == 1000.0
    assert parse_number(one, locale) == 1.0


def test_three_decimals_are_spelled_with_a_fourth() -> None:
    # "1.234" in vi: 1234, or 1.234 typed in English. "1,234" would ask again; "1,2340" does not.
    with pytest.raises(AmbiguousNumber) as caught:
        parse_number("1.234", "vi")
    assert caught.value.spellings == ("1234", "1,2340")
    assert parse_number("1,2340", "vi") == 1.234
    assert parse_number("1.2340", "en") == 1.234


def test_shapes_with_one_reading_are_not_flagged() -> None:
    assert parse_number("0,500", "vi") == 0.5  # a lone 0 never groups thousands
    assert parse_number("0.500", "en") == 0.5
    assert parse_number("1234,567", "vi") == 1234.567  # four digits before the mark
    assert parse_number("1.234,567", "vi") == 1234.567  # both marks: one notation only
    assert parse_number("1,234.567", "en") == 1234.567
    assert parse_number("12,34", "vi") == 12.34
    assert parse_number("1.234.567", "vi") == 1234567


# --- a field's plausible range settles it -----------------------------------------------


def test_exchange_rate_is_settled_by_its_range() -> None:
    # 25,4 VND for a dollar is no rate; 25 400 is (1 000 to 100 000 VND/USD).
    assert EXCHANGE_RATE == PlausibleRange(1_000, 100_000)
    assert parse_number("25.400", "vi", plausible=EXCHANGE_RATE) == 25400.0
    assert parse_number("25.400", "en", plausible=EXCHANGE_RATE) == 25400.0
    assert parse_number("25,400", "vi", plausible=EXCHANGE_RATE) == 25400.0
    assert parse_number("25,400", "en", plausible=EXCHANGE_RATE) == 25400.0
    # The range only chooses between readings: an unambiguous entry is taken as typed.
    assert parse_number("25,4", "vi", plausible=EXCHANGE_RATE) == 25.4


def test_range_takes_the_other_notations_reading_when_only_it_fits() -> None:
    # A lifetime of "2.500" years in vi: 2 500 is out of 0.1 to 100 years, 2.5 is in.
    assert parse_number("2.500", "vi", plausible=LIFETIME) == 2.5
    assert parse_number("2,500", "vi", plausible=LIFETIME) == 2.5
    assert parse_number("2,500", "en", plausible=LIFETIME) == 2.5


def test_range_holding_both_or_neither_still_asks() -> None:
    temperature = plausible(Entity.STREAM, "temperature_c")
    with pytest.raises(AmbiguousNumber):
        parse_number("1.200", "vi", plausible=temperature)  # 1 200 °C and 1,2 °C both fit
    with pytest.raises(AmbiguousNumber):
        parse_number("500,000", "en", plausible=EXCHANGE_RATE)  # 500 000 and 500 both out


def test_range_of_a_percentage_field_as_typed() -> None:
    discount = plausible(Entity.ASSESSMENT, "discount_rate")
    assert discount is not None
    # Typed as per cent: "12,500" is 12,5 %, never 12 500 %.
    assert parse_number("12,500", "vi", plausible=discount.scaled(100)) == 12.5


def test_range_in_a_count_field() -> None:
    employees = plausible(Entity.COMPANY, "employees")
    assert parse_number("1,500", "en", integer=True, plausible=employees) == 1500
    # "1,000" in a vi count: 1 000 or 1 employee, both plausible: asked.
    with pytest.raises(AmbiguousNumber):
        parse_number("1,000", "vi", integer=True, plausible=employees)
    assert parse_number("3,000", "vi", integer=True, plausible=PlausibleRange(1, 999)) == 3


def test_every_range_is_a_range() -> None:
    for fields in PLAUSIBLE.values():
        for bounds in fields.values():
            assert bounds is None or 0 <= bounds.high - bounds.low and math.isfinite(bounds.high)
    assert plausible(None, "value") is None
    assert plausible("no such kind", "value") is None
    assert plausible(Entity.MEASUREMENT, "value") is None  # any unit: never settles


def test_every_numeric_field_states_its_range() -> None:
    """Every numeric column a person edits is listed (None when no range fits)."""
    from cpdesk.services.editing import registry

    missing = []
    for entity, kind in registry.kinds().items():
        for name in kind.fields:
            column = kind.model.__table__.columns.get(name)
            if column is None:
                continue
            try:
                python_type = column.type.python_type
            except NotImplementedError:
                continue
            if python_type in (int, float) and name not in PLAUSIBLE.get(entity, {}):
                missing.append(f"{entity.value}.{name}")
    assert missing == []


# --- properties over both notations and both marks ---------------------------------------

locales = st.sampled_from(LOCALES)
marks = st.sampled_from(".,")
values = st.one_of(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(min_value=-(10**12), max_value=10**12).map(float),
    st.integers(min_value=1, max_value=999_999).map(lambda n: n / 1000),  # three decimals
)
ranges = st.one_of(
    st.none(),
    st.tuples(st.floats(-1e7, 1e7), st.floats(0, 1e7)).map(lambda t: PlausibleRange(t[0], t[0] + t[1])),
)


def _close(parsed: float, value: float) -> bool:
    return abs(parsed - value) <= 0.5e-6 + abs(value) * 1e-15


@given(values, locales, st.booleans())
def test_formatted_numbers_read_back_in_their_notation(value: float, locale: str, grouping: bool) -> None:
    """Grouped or not, the text reads back as the value, or is flagged with the value as the
    notation's own reading; written for entry, it reads back without a question."""
    text = format_number(value, locale, grouping=grouping)
    try:
        parsed = parse_number(text, locale)
    except AmbiguousNumber as error:
        assert error.read_as is not None
        parsed = error.read_as
    assert _close(parsed, value)
    assert _close(parse_number(format_for_entry(value, locale), locale), value)


@given(st.integers(1, 999), st.integers(0, 999), marks, locales, st.booleans(), ranges)
def test_group_or_decimal_is_flagged_unless_a_range_settles_it(
    head: int, tail: int, mark: str, locale: str, negative: bool, bounds: PlausibleRange | None
) -> None:
    sign = -1 if negative else 1
    text = f"{'-' if negative else ''}{head}{mark}{tail:03d}"
    thousands, decimal = sign * (head * 1000 + tail), sign * (head + tail / 1000)
    inside = [v for v in (thousands, decimal) if bounds is not None and bounds.low <= v <= bounds.high]
    try:
        parsed = parse_number(text, locale, plausible=bounds)
    except AmbiguousNumber as error:
        assert len(inside) != 1
        assert error.candidates == pytest.approx((thousands, decimal), rel=1e-15)
        grouping = mark == {"vi": ".", "en": ","}[locale]
        assert error.read_as == error.candidates[0 if grouping else 1]
    else:
        assert inside == [pytest.approx(parsed, rel=1e-15)]


@given(values, locales, locales, st.booleans(), st.sampled_from([None, 0, 1, 2, 3, 4]), st.booleans())
def test_never_a_silent_thousand_fold_change(
    value: float, written: str, read: str, grouping: bool, decimals: int | None, ranged: bool
) -> None:
    """A number written in either notation, read in either, with or without a plausible range
    that holds it, is its own value or a question: never a thousand times more or less."""
    text = format_number(value, written, decimals=decimals, grouping=grouping)
    expected = value if decimals is None else round(value, decimals)
    margin = abs(expected) / 100 + 1e-6  # the other reading is a thousand-fold away
    bounds = PlausibleRange(expected - margin, expected + margin) if ranged else None
    try:
        parsed = parse_number(text, read, plausible=bounds)
    except ValueError:
        return
    assert abs(parsed - expected) <= 0.5 * 10.0 ** -(6 if decimals is None else decimals) + abs(value) * 1e-15


@given(st.text(alphabet="0123456789.,", min_size=1, max_size=12), st.booleans())
def test_no_text_means_two_numbers_in_the_two_notations(body: str, negative: bool) -> None:
    """Text both notations accept means the same number in both."""
    text = f"-{body}" if negative else body
    readings = []
    for locale in LOCALES:
        try:
            readings.append(parse_number(text, locale))
        except ValueError:
            pass
    assume(len(readings) == 2)
    assert readings[0] == readings[1]
