"""Context manager that times a block of code."""
import time
from contextlib import contextmanager
from typing import Iterator


class Timer:
    """Measure elapsed wall time of a with-block."""

    def __init__(self, label: str = "block") -> None:
        self.label = label
        self.elapsed = 0.0

    def __enter__(self) -> "Timer":
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.elapsed = time.perf_counter() - self._start
        print(f"[{self.label}] took {self.elapsed * 1000:.3f} ms")
        return False


@contextmanager
def timed(label: str) -> Iterator[None]:
    """Generator-based version of Timer."""
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"[{label}] took {(time.perf_counter() - start) * 1000:.3f} ms")


if __name__ == "__main__":
    with Timer("sum") as t:
        total = sum(i * i for i in range(100_000))
    print(total, f"{t.elapsed:.4f}s")
    with timed("sorted"):
        sorted(range(50_000, 0, -1))
