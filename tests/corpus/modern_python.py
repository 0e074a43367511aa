"""Modern Python: every construct here is valid for CPython 3.14."""
from dataclasses import dataclass
import asyncio
import contextlib


type Pair[T] = tuple[T, T]


class Stack[T]:
    """A stack."""

    def __init__(self) -> None:
        self.items: list[T] = []

    def push[U: (int, str)](self, item: T, /, *, note: U | None = None) -> None:
        """Push."""
        self.items.append(item)


def render(names: list[str], lines: list[str]) -> str:
    """PEP 701 f-strings reuse the outer quote."""
    head = f"{", ".join(names)}"
    body = f"{"\n".join(lines)}"
    nested = f"{f"{f"{len(names)}"}"}"
    return head + body + nested


def describe(point: object) -> str:
    """match with class, mapping and sequence patterns."""
    match point:
        case {"x": int(x), "y": int(y)} if x == y:
            return "diagonal"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case str() | bytes():
            return "text"
        case _:
            return "other"


def parse(value: str) -> int:
    """PEP 758: except without parentheses."""
    try:
        return int(value)
    except ValueError, TypeError:
        return 0


def group() -> None:
    """except* and parenthesised with."""
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        pass
    with (
        contextlib.nullcontext("a") as a,
        contextlib.nullcontext("b") as b,
    ):
        print(a, b)


async def gather(items: list[int]) -> list[int]:
    """Async comprehensions and the walrus."""
    if (n := len(items)) > 10:
        items = items[:n]
    return [x async for x in ticker(items)]


async def ticker(items: list[int]):
    """An async generator."""
    for item in items:
        await asyncio.sleep(0)
        yield item


def template(name: str):
    """PEP 750 t-strings."""
    return t"Hello {name!r:>10}"
