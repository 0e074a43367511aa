"""A service class that reports its activity through the logging module."""

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass
class Order:
    """A customer order."""

    order_id: int
    amount: float


class PaymentError(Exception):
    """Raised when a payment cannot be processed."""


class PaymentService:
    """Processes orders and keeps a running balance."""

    def __init__(self, limit: float = 1000.0) -> None:
        self.limit = limit
        self.processed: list[int] = []
        self.log = logging.getLogger(f"{__name__}.{self.__class__.__name__}")

    def charge(self, order: Order) -> None:
        """Charge an order, logging success or failure."""
        self.log.debug("charging order %s for %.2f", order.order_id, order.amount)
        if order.amount <= 0:
            self.log.warning("order %s has a non-positive amount", order.order_id)
            raise PaymentError("amount must be positive")
        if order.amount > self.limit:
            self.log.error("order %s exceeds the limit of %.2f", order.order_id, self.limit)
            raise PaymentError("amount exceeds limit")
        self.processed.append(order.order_id)
        self.log.info("order %s charged", order.order_id)


def process_all(service: PaymentService, orders: list[Order]) -> int:
    """Charge every order and return how many succeeded."""
    ok = 0
    for order in orders:
        try:
            service.charge(order)
            ok += 1
        except PaymentError:
            logger.exception("failed to charge order %s", order.order_id)
    return ok


if __name__ == "__main__":
    svc = PaymentService(limit=100)
    print(process_all(svc, [Order(1, 20), Order(2, 500), Order(3, 0)]))
