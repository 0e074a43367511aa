"""pytest tests for a slugify-like function."""
import pytest


def normalize_username(name: str) -> str:
    """Lowercase, strip and replace spaces with underscores."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    cleaned = "_".join(name.strip().lower().split())
    if not cleaned:
        raise ValueError("name must not be empty")
    return cleaned


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Alice", "alice"),
        ("  Bob Smith ", "bob_smith"),
        ("JOHN   DOE", "john_doe"),
    ],
)
def test_normalize_username(raw, expected):
    assert normalize_username(raw) == expected


def test_empty_name_raises():
    with pytest.raises(ValueError, match="empty"):
        normalize_username("   ")


def test_non_string_raises():
    with pytest.raises(TypeError):
        normalize_username(42)  # type: ignore[arg-type]


@pytest.fixture
def names():
    return ["Ann", "Ben Lee"]


def test_with_fixture(names):
    assert [normalize_username(n) for n in names] == ["ann", "ben_lee"]


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__, "-v"]))
