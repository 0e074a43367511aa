"""A simple traffic-light / order state machine with Enum."""
from enum import Enum, auto


class OrderState(Enum):
    """States an order can be in."""

    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    OrderState.CREATED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: set(),
    OrderState.CANCELLED: set(),
}


class InvalidTransition(Exception):
    """Raised on a transition that is not allowed."""


class Order:
    """An order that moves through OrderState transitions."""

    def __init__(self, order_id: str) -> None:
        self.order_id = order_id
        self.state = OrderState.CREATED
        self.history = [self.state]

    def transition(self, new_state: OrderState) -> None:
        """Move to new_state if allowed."""
        if new_state not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.state.name} -> {new_state.name} not allowed")
        self.state = new_state
        self.history.append(new_state)


if __name__ == "__main__":
    order = Order("A-1")
    order.transition(OrderState.PAID)
    order.transition(OrderState.SHIPPED)
    try:
        order.transition(OrderState.CANCELLED)
    except InvalidTransition as e:
        print("Error:", e)
    order.transition(OrderState.DELIVERED)
    print(" -> ".join(s.name for s in order.history))
