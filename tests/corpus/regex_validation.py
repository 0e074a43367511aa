"""Input validation helpers based on precompiled regular expressions."""

import re

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
PHONE_RE = re.compile(r"^\+?\d{1,3}[\s-]?\(?\d{2,3}\)?[\s-]?\d{4,5}[\s-]?\d{4}$")
SLUG_RE = re.compile(r"[^a-z0-9]+")
DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


def is_valid_email(value: str) -> bool:
    """Return True if ``value`` looks like an e-mail address."""
    return EMAIL_RE.fullmatch(value) is not None


def is_valid_phone(value: str) -> bool:
    """Return True if ``value`` looks like a phone number."""
    return PHONE_RE.match(value) is not None


def slugify(text: str) -> str:
    """Convert ``text`` into a URL-friendly slug."""
    return SLUG_RE.sub("-", text.lower()).strip("-")


def extract_dates(text: str) -> list[dict[str, str]]:
    """Find all ISO dates in ``text`` and return their components."""
    return [m.groupdict() for m in DATE_RE.finditer(text)]


if __name__ == "__main__":
    print(is_valid_email("user@example.com"), is_valid_email("not-an-email"))
    print(is_valid_phone("+55 11 91234-5678"))
    print(slugify("Hello, World! Python 3.11"))
    print(extract_dates("Released 2023-10-02, patched 2024-01-15."))
