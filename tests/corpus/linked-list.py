"""A singly linked list."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Optional


@dataclass
class Node:
    """A node holding a value and a link to the next node."""

    value: Any
    next: Optional[Node] = None


class LinkedList:
    """Singly linked list with append, prepend, remove and iteration."""

    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self._size = 0

    def append(self, value: Any) -> None:
        """Add a value at the end."""
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value: Any) -> None:
        """Add a value at the front."""
        self.head = Node(value, self.head)
        self._size += 1

    def remove(self, value: Any) -> bool:
        """Remove the first occurrence of value; return True if found."""
        prev, cur = None, self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self._size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self) -> None:
        """Reverse the list in place."""
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self) -> Iterator[Any]:
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return " -> ".join(map(repr, self)) or "(empty)"


if __name__ == "__main__":
    ll = LinkedList()
    for v in (1, 2, 3):
        ll.append(v)
    ll.prepend(0)
    print(ll, len(ll))
    ll.remove(2)
    ll.reverse()
    print(ll)
