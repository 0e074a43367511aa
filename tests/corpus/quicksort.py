"""Quicksort, in a functional and an in-place variant."""

import random


def quicksort(items: list[int]) -> list[int]:
    """Return a new sorted list using the quicksort algorithm."""
    if len(items) <= 1:
        return list(items)
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def quicksort_inplace(items: list[int], low: int = 0, high: int | None = None) -> None:
    """Sort ``items`` in place using Lomuto partitioning."""
    if high is None:
        high = len(items) - 1
    if low >= high:
        return
    pivot_index = random.randint(low, high)
    items[pivot_index], items[high] = items[high], items[pivot_index]
    pivot = items[high]
    i = low
    for j in range(low, high):
        if items[j] <= pivot:
            items[i], items[j] = items[j], items[i]
            i += 1
    items[i], items[high] = items[high], items[i]
    quicksort_inplace(items, low, i - 1)
    quicksort_inplace(items, i + 1, high)


if __name__ == "__main__":
    numbers = [5, 2, 9, 1, 5, 6]
    print(quicksort(numbers))
    quicksort_inplace(numbers)
    print(numbers)
