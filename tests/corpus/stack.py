"""A simple Stack class."""
from typing import Generic, List, TypeVar

T = TypeVar("T")


class EmptyStackError(Exception):
    """Raised when popping or peeking an empty stack."""


class Stack(Generic[T]):
    """LIFO stack backed by a Python list."""

    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        """Push an item on top."""
        self._items.append(item)

    def pop(self) -> T:
        """Remove and return the top item."""
        if self.is_empty():
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T:
        """Return the top item without removing it."""
        if self.is_empty():
            raise EmptyStackError("peek at empty stack")
        return self._items[-1]

    def is_empty(self) -> bool:
        """True when the stack has no items."""
        return not self._items

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


if __name__ == "__main__":
    s: Stack[int] = Stack()
    for i in range(3):
        s.push(i)
    print(s, len(s))
    print(s.pop(), s.peek())
