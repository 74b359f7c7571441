"""Which backup copies to keep: the recent ones, and one a day, a week and a month before them.

A laptop that is backed up every 30 minutes of work makes a dozen copies a day; keeping them
all fills the disk, keeping only the last few loses last week's state, the one an auditor
asks for after deleting the wrong assessment. The rule is the one of Anki and of most backup
tools ("grandfather, father, son"):

- the newest ``recent`` copies are kept;
- of the copies of each calendar day, the newest is kept, for the newest ``daily`` days that
  have a copy; likewise per ISO week (``weekly``) and per calendar month (``monthly``).

A copy is kept when any rule keeps it. Days, weeks and months are those of the times as
given (the caller hands local times, so that "today" is the auditor's day). When a disk is
full, :func:`thinning_order` says which copies to give up first: those no rule keeps, then
the kept ones oldest first, the newest never.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cpdesk.core.errors import ValueRefused
from cpdesk.core.messages import msg

#: The most copies one rule may keep.
MAX_KEPT = 1000


@dataclass(frozen=True)
class RotationPolicy:
    """How many copies each rule keeps (all settable; 0 turns a rule off)."""

    recent: int = 12
    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    def __post_init__(self) -> None:
        for name in ("recent", "daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_KEPT:
                raise ValueRefused(msg("backup.rotation_count", name=name, maximum=MAX_KEPT, value=value))
        if self.recent < 1:
            raise ValueRefused(msg("backup.rotation_recent"))


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_bucket(
    newest_first: Sequence[datetime], bucket: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= count:
            break
        key = bucket(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def kept(moments: Iterable[datetime], policy: RotationPolicy) -> set[datetime]:
    """The times of the copies the policy keeps, out of the times of all copies."""
    newest_first = sorted(set(moments), reverse=True)
    keep = set(newest_first[: policy.recent])
    keep |= _newest_per_bucket(newest_first, _day, policy.daily)
    keep |= _newest_per_bucket(newest_first, _week, policy.weekly)
    keep |= _newest_per_bucket(newest_first, _month, policy.monthly)
    return keep


def dropped(moments: Iterable[datetime], policy: RotationPolicy) -> list[datetime]:
    """The times of the copies the policy gives up, oldest first."""
    every = set(moments)
    return sorted(every - kept(every, policy))


def thinning_order(moments: Iterable[datetime], policy: RotationPolicy) -> list[datetime]:
    """The order in which to remove copies when space runs out: first those no rule keeps,
    then the kept ones from the oldest; the newest copy is never in the list."""
    every = sorted(set(moments))
    if not every:
        return []
    keep = kept(every, policy)
    newest = every[-1]
    return [m for m in every if m not in keep] + [m for m in every if m in keep and m != newest]
