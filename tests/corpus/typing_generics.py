"""Typing-heavy utilities: generics, protocols and typed containers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Generic, Protocol, TypeVar, overload

T = TypeVar("T")
K = TypeVar("K")


class SupportsLessThan(Protocol):
    """Protocol for objects that can be compared with ``<``."""

    def __lt__(self, other: object, /) -> bool: ...


C = TypeVar("C", bound=SupportsLessThan)


class Stack(Generic[T]):
    """A simple LIFO stack."""

    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        """Push an item onto the stack."""
        self._items.append(item)

    def pop(self) -> T:
        """Pop the most recently pushed item."""
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    """Group ``items`` into lists keyed by ``key(item)``."""
    groups: dict[K, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def maximum(items: Iterable[C]) -> C:
    """Return the largest item of a non-empty iterable."""
    iterator = iter(items)
    try:
        best = next(iterator)
    except StopIteration:
        raise ValueError("maximum() of empty iterable") from None
    for item in iterator:
        if best < item:
            best = item
    return best


@overload
def first(items: list[T]) -> T | None: ...
@overload
def first(items: list[T], default: T) -> T: ...
def first(items: list[T], default: T | None = None) -> T | None:
    """Return the first element of ``items`` or ``default``."""
    return items[0] if items else default


if __name__ == "__main__":
    s: Stack[int] = Stack()
    for n in (1, 2, 3):
        s.push(n)
    print(list(s), len(s), s.pop())
    print(group_by(["apple", "avocado", "banana"], key=lambda w: w[0]))
    print(maximum([3, 9, 4]), first([], default=0))
