"""Convert integers to and from Roman numerals."""

ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number: int) -> str:
    """Convert 1..3999 to a Roman numeral."""
    if not 0 < number < 4000:
        raise ValueError("number must be between 1 and 3999")
    parts = []
    for value, symbol in ROMAN:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(numeral: str) -> int:
    """Convert a Roman numeral to an integer."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    prev = 0
    for ch in reversed(numeral.upper()):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


if __name__ == "__main__":
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        print(f"{n:>4} -> {r:<12} -> {from_roman(r)}")
