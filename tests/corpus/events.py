"""A simple event system with callbacks."""
from collections import defaultdict
from typing import Any, Callable, DefaultDict, List

Callback = Callable[..., Any]


class EventEmitter:
    """Register callbacks for named events and emit them."""

    def __init__(self) -> None:
        self._listeners: DefaultDict[str, List[Callback]] = defaultdict(list)

    def on(self, event: str, callback: Callback | None = None):
        """Register a callback; usable as a decorator."""
        if callback is None:
            def decorator(fn: Callback) -> Callback:
                self._listeners[event].append(fn)
                return fn
            return decorator
        self._listeners[event].append(callback)
        return callback

    def once(self, event: str, callback: Callback) -> None:
        """Register a callback that runs only the first time."""
        def wrapper(*args, **kwargs):
            self.off(event, wrapper)
            return callback(*args, **kwargs)
        self.on(event, wrapper)

    def off(self, event: str, callback: Callback) -> None:
        """Remove a callback."""
        if callback in self._listeners[event]:
            self._listeners[event].remove(callback)

    def emit(self, event: str, *args: Any, **kwargs: Any) -> int:
        """Call every listener of event; return how many ran."""
        listeners = list(self._listeners[event])
        for cb in listeners:
            cb(*args, **kwargs)
        return len(listeners)


if __name__ == "__main__":
    bus = EventEmitter()

    @bus.on("user_created")
    def send_welcome(user):
        """Print a welcome message."""
        print(f"Welcome, {user}!")

    bus.on("user_created", lambda user: print(f"audit: created {user}"))
    bus.once("user_created", lambda user: print("first user ever!"))
    print(bus.emit("user_created", "alice"), "listeners")
    print(bus.emit("user_created", "bob"), "listeners")
