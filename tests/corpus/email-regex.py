"""Validate email addresses with a regular expression."""
import re

EMAIL_RE = re.compile(
    r"^(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$"
)


def is_valid_email(address: str) -> bool:
    """Return True if address looks like a valid email."""
    return EMAIL_RE.fullmatch(address.strip()) is not None


def domain_of(address: str) -> str | None:
    """Return the domain part of a valid address."""
    m = EMAIL_RE.match(address.strip())
    return m.group("domain") if m else None


if __name__ == "__main__":
    for e in ["user@example.com", "first.last+tag@sub.domain.org", "bad@", "@nope.com", "a@b.c"]:
        print(f"{e:<32} {is_valid_email(e)!s:<5} {domain_of(e)}")
