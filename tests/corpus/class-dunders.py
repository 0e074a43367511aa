"""A class with properties, __repr__, __eq__, __hash__ and total_ordering."""
from functools import total_ordering


@total_ordering
class Version:
    """A semantic version number major.minor.patch."""

    __slots__ = ("_major", "_minor", "_patch")

    def __init__(self, major: int, minor: int = 0, patch: int = 0) -> None:
        if min(major, minor, patch) < 0:
            raise ValueError("version parts must be non-negative")
        self._major, self._minor, self._patch = major, minor, patch

    @classmethod
    def parse(cls, text: str) -> "Version":
        """Parse 'X.Y.Z'."""
        parts = [int(p) for p in text.split(".")]
        return cls(*parts)

    @property
    def major(self) -> int:
        """Major component."""
        return self._major

    @property
    def minor(self) -> int:
        """Minor component."""
        return self._minor

    @property
    def patch(self) -> int:
        """Patch component."""
        return self._patch

    def _key(self):
        return (self._major, self._minor, self._patch)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._major}, {self._minor}, {self._patch})"

    def __str__(self) -> str:
        return f"{self._major}.{self._minor}.{self._patch}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())


if __name__ == "__main__":
    vs = [Version.parse(s) for s in ("1.10.0", "1.2.3", "2.0.0", "1.2.3")]
    print(sorted(vs))
    print(max(vs), Version(1, 2, 3) == Version.parse("1.2.3"), len(set(vs)))
    print(Version(1) <= Version(1, 0, 1), repr(vs[0]), vs[0].major)
