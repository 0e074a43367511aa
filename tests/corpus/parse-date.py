"""Parse a date string in several common formats."""
from datetime import datetime, date
from typing import Optional

FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m-%d-%Y", "%d %b %Y", "%B %d, %Y")


def parse_date(text: str) -> Optional[date]:
    """Try each known format and return a date, or None if nothing matches."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


if __name__ == "__main__":
    for s in ["2024-03-15", "15/03/2024", "03-15-2024", "15 Mar 2024", "March 15, 2024", "garbage"]:
        print(f"{s!r:>20} -> {parse_date(s)}")
