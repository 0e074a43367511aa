"""Examples of typing.Protocol, Generic and TypeVar."""
from dataclasses import dataclass
from typing import Generic, Iterable, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")
N = TypeVar("N", int, float)


@runtime_checkable
class Shape(Protocol):
    """Anything with an area() method."""

    def area(self) -> float: ...


@dataclass
class Circle:
    """A circle."""

    r: float

    def area(self) -> float:
        """Area of the circle."""
        return 3.14159 * self.r ** 2


@dataclass
class Square:
    """A square."""

    side: float

    def area(self) -> float:
        """Area of the square."""
        return self.side ** 2


def total_area(shapes: Iterable[Shape]) -> float:
    """Sum the areas of shapes."""
    return sum(s.area() for s in shapes)


class Box(Generic[T]):
    """A container holding one value of type T."""

    def __init__(self, value: T) -> None:
        self.value = value

    def map(self, fn: "Callable[[T], U]") -> "Box[U]":
        """Apply fn to the contained value."""
        return Box(fn(self.value))

    def __repr__(self) -> str:
        return f"Box({self.value!r})"


from typing import Callable  # noqa: E402

U = TypeVar("U")


def largest(values: Iterable[N]) -> N:
    """Return the largest number."""
    return max(values)


if __name__ == "__main__":
    shapes = [Circle(1), Square(2)]
    print(f"{total_area(shapes):.2f}")
    print(isinstance(Circle(2), Shape))
    print(Box(21).map(lambda x: x * 2))
    print(largest([3, 7, 2]))
