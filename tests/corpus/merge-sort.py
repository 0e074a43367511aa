"""Merge sort implementation."""
from typing import List


def merge(left: List[int], right: List[int]) -> List[int]:
    """Merge two sorted lists into one sorted list."""
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(arr: List[int]) -> List[int]:
    """Sort a list with merge sort (O(n log n))."""
    if len(arr) <= 1:
        return arr
    mid = len(arr) // 2
    return merge(merge_sort(arr[:mid]), merge_sort(arr[mid:]))


if __name__ == "__main__":
    nums = [38, 27, 43, 3, 9, 82, 10]
    print("Original:", nums)
    print("Sorted:  ", merge_sort(nums))
