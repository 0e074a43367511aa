"""Binary search implementations."""

from collections.abc import Sequence


def binary_search(items: Sequence[int], target: int) -> int:
    """Return the index of ``target`` in sorted ``items``, or -1 if absent.

    Runs in O(log n) time.
    """
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


def lower_bound(items: Sequence[int], target: int) -> int:
    """Return the first index at which ``target`` could be inserted keeping order."""
    low, high = 0, len(items)
    while low < high:
        mid = (low + high) // 2
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid
    return low


if __name__ == "__main__":
    data = [1, 3, 5, 7, 9, 11]
    print(binary_search(data, 7))
    print(binary_search(data, 4))
    print(lower_bound(data, 4))
