"""Working with dates, times and enumerations."""

from datetime import date, datetime, timedelta, timezone
from enum import Enum, IntEnum, auto


class Weekday(IntEnum):
    """Days of the week, Monday = 0 as in ``date.weekday()``."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class Status(Enum):
    """Lifecycle status of a task."""

    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    def is_final(self) -> bool:
        """Return True if no further transitions are possible."""
        return self is Status.DONE


def business_days_between(start: date, end: date) -> int:
    """Count weekdays from ``start`` (inclusive) to ``end`` (exclusive)."""
    days = 0
    current = start
    while current < end:
        if Weekday(current.weekday()) < Weekday.SATURDAY:
            days += 1
        current += timedelta(days=1)
    return days


def age_in_years(birth: date, today: date) -> int:
    """Return the age in whole years on ``today``."""
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years


def iso_utc(moment: datetime) -> str:
    """Format an aware datetime as an ISO-8601 string in UTC."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


if __name__ == "__main__":
    print(business_days_between(date(2024, 1, 1), date(2024, 1, 15)))
    print(age_in_years(date(1990, 6, 15), date(2024, 6, 14)))
    print(iso_utc(datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=-3)))))
    print([s.name for s in Status], Status.DONE.is_final())
