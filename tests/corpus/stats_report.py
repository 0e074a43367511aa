"""Descriptive statistics for a list of numbers."""

import itertools
import math
import statistics
from collections import Counter, defaultdict, namedtuple

Summary = namedtuple("Summary", "count mean median stdev minimum maximum")


def summarize(values: list[float]) -> Summary:
    """Return basic descriptive statistics for ``values``."""
    if not values:
        raise ValueError("values must not be empty")
    stdev = statistics.stdev(values) if len(values) > 1 else 0.0
    return Summary(
        count=len(values),
        mean=statistics.fmean(values),
        median=statistics.median(values),
        stdev=stdev,
        minimum=min(values),
        maximum=max(values),
    )


def histogram(values: list[float], bucket: float) -> dict[float, int]:
    """Count how many values fall into each bucket of width ``bucket``."""
    counts: defaultdict[float, int] = defaultdict(int)
    for v in values:
        counts[math.floor(v / bucket) * bucket] += 1
    return dict(sorted(counts.items()))


def most_common_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """Return the ``n`` most common words in ``text``."""
    return Counter(text.lower().split()).most_common(n)


def pairwise_differences(values: list[float]) -> list[float]:
    """Return the differences between consecutive values."""
    return [b - a for a, b in itertools.pairwise(values)]


def running_total(values: list[float]) -> list[float]:
    """Return the cumulative sums of ``values``."""
    return list(itertools.accumulate(values))


if __name__ == "__main__":
    data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 8.9]
    print(summarize(data))
    print(histogram(data, 2.0))
    print(most_common_words("the cat and the hat and the bat"))
    print(pairwise_differences(data))
    print(running_total(data))
    print(list(itertools.combinations("abc", 2)))
