"""Money arithmetic with decimal.Decimal."""
from decimal import Decimal, ROUND_HALF_EVEN, getcontext

getcontext().prec = 28
CENTS = Decimal("0.01")


def money(value: str) -> Decimal:
    """Parse a money amount, rounded to cents."""
    return Decimal(value).quantize(CENTS, rounding=ROUND_HALF_EVEN)


def split_bill(total: Decimal, people: int) -> list[Decimal]:
    """Split total into `people` shares that add up exactly to total."""
    share = (total / people).quantize(CENTS, rounding=ROUND_HALF_EVEN)
    shares = [share] * people
    diff = total - share * people
    shares[0] += diff
    return shares


def apply_discount(price: Decimal, percent: Decimal) -> Decimal:
    """Return price minus a percentage discount."""
    return (price * (Decimal(100) - percent) / Decimal(100)).quantize(CENTS)


if __name__ == "__main__":
    print(0.1 + 0.2, "vs", Decimal("0.1") + Decimal("0.2"))
    total = money("100.00")
    print(split_bill(total, 3), sum(split_bill(total, 3)))
    print(apply_discount(money("59.90"), Decimal("15")))
