"""Matrix multiplication in pure Python."""
from typing import List

Matrix = List[List[float]]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    """Multiply matrix a (n x m) by matrix b (m x p)."""
    if not a or not b or len(a[0]) != len(b):
        raise ValueError("incompatible dimensions")
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def identity(n: int) -> Matrix:
    """Return the n x n identity matrix."""
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def pretty(m: Matrix) -> str:
    """Format a matrix for printing."""
    return "\n".join(" ".join(f"{v:6.1f}" for v in row) for row in m)


if __name__ == "__main__":
    A = [[1, 2, 3], [4, 5, 6]]
    B = [[7, 8], [9, 10], [11, 12]]
    print(pretty(matmul(A, B)))
    print()
    print(pretty(matmul(identity(2), matmul(A, B))))
