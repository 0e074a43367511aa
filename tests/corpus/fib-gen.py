"""Fibonacci generator."""
from itertools import islice
from typing import Iterator


def fibonacci() -> Iterator[int]:
    """Yield Fibonacci numbers forever."""
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fibonacci_up_to(limit: int) -> Iterator[int]:
    """Yield Fibonacci numbers not greater than limit."""
    for n in fibonacci():
        if n > limit:
            return
        yield n


if __name__ == "__main__":
    print(list(islice(fibonacci(), 15)))
    print(list(fibonacci_up_to(1000)))
    gen = fibonacci()
    print(next(gen), next(gen), next(gen))
