"""A small class hierarchy of geometric shapes with rich comparison."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from functools import total_ordering


@total_ordering
class Shape(ABC):
    """Abstract base class for shapes, ordered by area."""

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float:
        """Return the area of the shape."""

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(name={self.name!r}, area={self.area():.2f})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other: Shape) -> bool:
        return self.area() < other.area()

    def __hash__(self) -> int:
        return hash((type(self).__name__, round(self.area(), 6)))


class Circle(Shape):
    """A circle defined by its radius."""

    def __init__(self, radius: float) -> None:
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius**2


class Rectangle(Shape):
    """A rectangle defined by width and height."""

    def __init__(self, width: float, height: float, name: str = "rectangle") -> None:
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height


class Square(Rectangle):
    """A square is a rectangle with equal sides."""

    def __init__(self, side: float) -> None:
        super().__init__(side, side, name="square")


class Canvas:
    """A container of shapes that can be used as a context manager."""

    def __init__(self) -> None:
        self._shapes: list[Shape] = []
        self.open = False

    def add(self, shape: Shape) -> None:
        """Add a shape to the canvas."""
        self._shapes.append(shape)

    def __len__(self) -> int:
        return len(self._shapes)

    def __iter__(self):
        return iter(sorted(self._shapes))

    def __enter__(self) -> Canvas:
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.open = False
        return False


if __name__ == "__main__":
    with Canvas() as canvas:
        canvas.add(Circle(1.0))
        canvas.add(Square(2.0))
        canvas.add(Rectangle(1.0, 3.0))
        for shape in canvas:
            print(shape)
    print(len(canvas), Square(2.0) == Rectangle(1.0, 4.0))
