"""functools.partial, reduce and lru_cache examples."""
import operator
from functools import lru_cache, partial, reduce, wraps


def power(base: float, exponent: float) -> float:
    """Return base ** exponent."""
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)


def product(numbers):
    """Multiply all numbers together with reduce."""
    return reduce(operator.mul, numbers, 1)


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    """Memoised Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def log_calls(func):
    """Decorator that prints each call."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@log_calls
def add(a, b):
    """Add two numbers."""
    return a + b


if __name__ == "__main__":
    print(square(5), cube(2))
    print(product([1, 2, 3, 4, 5]))
    print(fib(80), fib.cache_info())
    print(add(2, 3), add.__name__, add.__doc__)
    print(reduce(lambda acc, s: acc + len(s), ["a", "bb", "ccc"], 0))
