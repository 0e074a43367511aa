"""Sieve of Eratosthenes."""
from math import isqrt
from typing import List


def primes_up_to(n: int) -> List[int]:
    """Return all primes <= n."""
    if n < 2:
        return []
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    for i in range(2, isqrt(n) + 1):
        if is_prime[i]:
            is_prime[i * i :: i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, flag in enumerate(is_prime) if flag]


if __name__ == "__main__":
    print(primes_up_to(100))
    print(len(primes_up_to(1_000_000)), "primes below one million")
