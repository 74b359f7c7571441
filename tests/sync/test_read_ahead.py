"""The export's read-ahead on PostgreSQL: the same batches in the same order, an error of the
fetch raised in the caller, a caller that stops early leaving no thread behind, and never
more than two batches fetched ahead of the one the caller holds."""

from __future__ import annotations

import threading
import time

import pytest

from cpdesk.sync.lines import read_ahead


def _source(batches: list[list[int]]) -> tuple[list[int], object]:
    fetched: list[int] = []
    pending = iter([*batches, []])

    def fetch() -> list[int]:
        batch = next(pending)
        fetched.append(len(batch))
        return batch

    return fetched, fetch


def _reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "cpdesk-export-read-ahead"]


def test_the_batches_come_in_order() -> None:
    batches = [[i, i + 1] for i in range(0, 200, 2)]
    _fetched, fetch = _source(batches)
    assert list(read_ahead(fetch)) == batches  # type: ignore[arg-type]
    assert not _reader_threads()


def test_no_batch_gives_nothing() -> None:
    assert list(read_ahead(lambda: [])) == []


def test_an_error_of_the_fetch_is_raised_in_the_caller() -> None:
    calls = iter([[1], [2]])

    def fetch() -> list[int]:
        batch = next(calls, None)
        if batch is None:
            raise ConnectionError("server closed the connection")
        return batch

    got = []
    with pytest.raises(ConnectionError, match="server closed"):
        for batch in read_ahead(fetch):
            got.append(batch)
    assert got == [[1], [2]]
    assert not _reader_threads()


def test_a_caller_that_stops_early_ends_the_thread() -> None:
    fetched, fetch = _source([[i] for i in range(1000)])
    batches = read_ahead(fetch)  # type: ignore[arg-type]
    assert next(batches) == [0]
    batches.close()  # the export failed or was cancelled
    assert not _reader_threads()
    assert len(fetched) <= 3


def test_it_reads_at_most_two_batches_ahead() -> None:
    fetched, fetch = _source([[i] for i in range(50)])
    seen = 0
    for _batch in read_ahead(fetch):  # type: ignore[arg-type]
        seen += 1
        time.sleep(0.002)  # the caller writes its lines; the reader runs ahead meanwhile
        assert len(fetched) <= seen + 2
    assert seen == 50
