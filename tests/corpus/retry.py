"""Retry decorator with exponential backoff."""
import functools
import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable)


def retry(
    exceptions: Tuple[Type[BaseException], ...] = (Exception,),
    max_attempts: int = 4,
    base_delay: float = 0.05,
    max_delay: float = 1.0,
    jitter: bool = True,
) -> Callable[[F], F]:
    """Retry the decorated function on the given exceptions with exponential backoff."""

    def decorator(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == max_attempts:
                        raise
                    delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                    if jitter:
                        delay *= random.uniform(0.5, 1.5)
                    logger.warning("%s failed (%s); retry %d in %.2fs", func.__name__, exc, attempt, delay)
                    time.sleep(delay)

        return wrapper  # type: ignore[return-value]

    return decorator


_calls = {"n": 0}


@retry(exceptions=(ConnectionError,), max_attempts=5)
def flaky() -> str:
    """Fail twice, then succeed."""
    _calls["n"] += 1
    if _calls["n"] < 3:
        raise ConnectionError("temporary failure")
    return "success"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(flaky(), "after", _calls["n"], "calls")
