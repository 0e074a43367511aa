"""Função que soma dois números."""


def soma(a: float, b: float) -> float:
    """Retorna a soma de dois números.

    >>> soma(2, 3)
    5
    """
    return a + b


if __name__ == "__main__":
    print(f"2 + 3 = {soma(2, 3)}")
    print(f"1.5 + 2.25 = {soma(1.5, 2.25)}")
