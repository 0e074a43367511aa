"""Several ways to compute Fibonacci numbers."""

from functools import lru_cache
from collections.abc import Iterator


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    """Return the n-th Fibonacci number using memoised recursion."""
    if n < 0:
        raise ValueError("n must be non-negative")
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iterative(n: int) -> int:
    """Return the n-th Fibonacci number in O(n) time and O(1) space."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_sequence(count: int) -> Iterator[int]:
    """Yield the first ``count`` Fibonacci numbers."""
    a, b = 0, 1
    for _ in range(count):
        yield a
        a, b = b, a + b


if __name__ == "__main__":
    print(fib(50))
    print(fib_iterative(50))
    print(list(fib_sequence(10)))
    print(fib.cache_info())
