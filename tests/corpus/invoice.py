"""Dataclass for an invoice with line items and totals."""
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import List


@dataclass
class LineItem:
    """A single line on an invoice."""

    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        """Quantity times unit price."""
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    """An invoice made of line items, with tax."""

    number: str
    customer: str
    items: List[LineItem] = field(default_factory=list)
    tax_rate: Decimal = Decimal("0.10")

    def add_item(self, description: str, quantity: int, unit_price: str) -> None:
        """Append a line item."""
        self.items.append(LineItem(description, quantity, Decimal(unit_price)))

    @property
    def subtotal(self) -> Decimal:
        """Sum of all line totals."""
        return sum((item.total for item in self.items), Decimal("0"))

    @property
    def tax(self) -> Decimal:
        """Tax on the subtotal, rounded to cents."""
        return (self.subtotal * self.tax_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def total(self) -> Decimal:
        """Subtotal plus tax."""
        return self.subtotal + self.tax


if __name__ == "__main__":
    inv = Invoice(number="INV-001", customer="ACME Corp")
    inv.add_item("Widget", 3, "19.99")
    inv.add_item("Gadget", 1, "149.50")
    for item in inv.items:
        print(f"{item.description:<10} {item.quantity:>3} x {item.unit_price:>8} = {item.total:>8}")
    print(f"Subtotal: {inv.subtotal}")
    print(f"Tax:      {inv.tax}")
    print(f"Total:    {inv.total}")
