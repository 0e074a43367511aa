"""Small string-processing utilities."""

import string
import unicodedata
from collections import Counter


def is_palindrome(text: str) -> bool:
    """Return True if ``text`` reads the same backwards, ignoring case and punctuation."""
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


def are_anagrams(a: str, b: str) -> bool:
    """Return True if ``a`` and ``b`` contain the same letters."""
    normalize = lambda s: Counter(c.lower() for c in s if c.isalpha())
    return normalize(a) == normalize(b)


def remove_accents(text: str) -> str:
    """Strip diacritics, e.g. ``'ação'`` becomes ``'acao'``."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def caesar(text: str, shift: int) -> str:
    """Apply a Caesar cipher with the given ``shift`` to ASCII letters."""
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(
        lower + upper,
        lower[shift % 26:] + lower[:shift % 26] + upper[shift % 26:] + upper[:shift % 26],
    )
    return text.translate(table)


def word_wrap(text: str, width: int = 40) -> list[str]:
    """Greedily wrap ``text`` into lines of at most ``width`` characters."""
    lines: list[str] = []
    current: list[str] = []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


if __name__ == "__main__":
    print(is_palindrome("A man, a plan, a canal: Panama"))
    print(are_anagrams("Listen", "Silent"))
    print(remove_accents("ação e coração"))
    print(caesar("Hello, World", 3))
    print("{0} lines".format(len(word_wrap("lorem ipsum dolor sit amet " * 5, 20))))
