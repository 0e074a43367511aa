"""Inventory management using dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    """An immutable product definition."""

    sku: str
    name: str
    price: Decimal


@dataclass
class StockItem:
    """A product together with its available quantity."""

    product: Product
    quantity: int = 0

    @property
    def value(self) -> Decimal:
        """Total value of this stock line."""
        return self.product.price * self.quantity


@dataclass
class Inventory:
    """A collection of stock items indexed by SKU."""

    items: dict[str, StockItem] = field(default_factory=dict)

    def add(self, product: Product, quantity: int) -> None:
        """Add ``quantity`` units of ``product`` to the inventory."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        item = self.items.setdefault(product.sku, StockItem(product))
        item.quantity += quantity

    def remove(self, sku: str, quantity: int) -> None:
        """Remove ``quantity`` units of the product with the given SKU."""
        item = self.items.get(sku)
        if item is None or item.quantity < quantity:
            raise ValueError(f"not enough stock for {sku}")
        item.quantity -= quantity

    def total_value(self) -> Decimal:
        """Return the value of all stock."""
        return sum((item.value for item in self.items.values()), Decimal("0"))


if __name__ == "__main__":
    inv = Inventory()
    inv.add(Product("A1", "Widget", Decimal("2.50")), 10)
    inv.add(Product("B2", "Gadget", Decimal("7.25")), 3)
    inv.remove("A1", 4)
    print(inv.total_value())
