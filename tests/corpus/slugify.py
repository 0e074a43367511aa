"""Turn a title into a URL slug."""
import re
import unicodedata


def slugify(title: str, max_length: int = 80) -> str:
    """Convert a title to a lowercase, hyphen-separated ASCII slug."""
    normalized = unicodedata.normalize("NFKD", title)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"[^\w\s-]", "", ascii_text).strip().lower()
    slug = re.sub(r"[-\s_]+", "-", ascii_text)
    return slug[:max_length].strip("-")


if __name__ == "__main__":
    for t in ["Hello, World!", "Olá, Mundo — ação & reação", "  Python 3.12: What's New?  "]:
        print(f"{t!r} -> {slugify(t)!r}")
