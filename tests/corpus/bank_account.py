"""A bank account with custom exceptions and transaction history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal


class InsufficientFundsError(Exception):
    """Raised when a withdrawal exceeds the available balance."""

    def __init__(self, balance: Decimal, amount: Decimal) -> None:
        super().__init__(f"cannot withdraw {amount}; balance is {balance}")
        self.balance = balance
        self.amount = amount


@dataclass(frozen=True)
class Transaction:
    """A single deposit or withdrawal."""

    kind: str
    amount: Decimal
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class BankAccount:
    """A simple account that records every transaction."""

    def __init__(self, owner: str, opening_balance: Decimal = Decimal("0")) -> None:
        self.owner = owner
        self._balance = opening_balance
        self._history: list[Transaction] = []

    @property
    def balance(self) -> Decimal:
        """The current balance."""
        return self._balance

    def deposit(self, amount: Decimal) -> None:
        """Add money to the account."""
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._history.append(Transaction("deposit", amount))

    def withdraw(self, amount: Decimal) -> None:
        """Take money out of the account."""
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if amount > self._balance:
            raise InsufficientFundsError(self._balance, amount)
        self._balance -= amount
        self._history.append(Transaction("withdraw", amount))

    def __len__(self) -> int:
        return len(self._history)

    def __iter__(self):
        return iter(self._history)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance})"


if __name__ == "__main__":
    acct = BankAccount("Ada", Decimal("100"))
    acct.deposit(Decimal("50"))
    try:
        acct.withdraw(Decimal("500"))
    except InsufficientFundsError as err:
        print("error:", err)
    acct.withdraw(Decimal("30"))
    print(acct, len(acct), [t.kind for t in acct])
