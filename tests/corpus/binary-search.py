"""Binary search on a sorted list."""
from typing import Sequence


def binary_search(items: Sequence[int], target: int) -> int:
    """Return the index of target in items, or -1 if it is not present."""
    low, high = 0, len(items) - 1
    while low <= high:
        mid = (low + high) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1


if __name__ == "__main__":
    data = [1, 3, 5, 7, 9, 11, 13]
    for t in (7, 1, 13, 4):
        print(f"binary_search({data}, {t}) = {binary_search(data, t)}")
