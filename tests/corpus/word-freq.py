"""Count word frequencies in a string."""
import re
from collections import Counter
from typing import List, Tuple


def word_frequencies(text: str, top: int = 10) -> List[Tuple[str, int]]:
    """Return the most common words (case-insensitive) with their counts."""
    words = re.findall(r"\b[\w']+\b", text.lower())
    return Counter(words).most_common(top)


if __name__ == "__main__":
    sample = """The quick brown fox jumps over the lazy dog. The dog barks;
    the fox runs away. A quick fox is a happy fox!"""
    for word, count in word_frequencies(sample, 5):
        print(f"{word:<8} {count}")
