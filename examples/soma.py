def soma(a, b):
    """Retorna a soma de dois números.

    Args:
        a: O primeiro número.
        b: O segundo número.

    Returns:
        A soma de ``a`` e ``b``.

    Exemplo:
        >>> soma(2, 3)
        5
    """
    return a + b


if __name__ == "__main__":
    print(soma(2, 3))
    print(soma(1.5, 2.5))
