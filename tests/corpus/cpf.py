"""Validação de CPF (Cadastro de Pessoas Físicas)."""
import re


def _digito(numeros: str, peso_inicial: int) -> int:
    """Calcula um dígito verificador do CPF."""
    soma = sum(int(d) * peso for d, peso in zip(numeros, range(peso_inicial, 1, -1)))
    resto = soma % 11
    return 0 if resto < 2 else 11 - resto


def validar_cpf(cpf: str) -> bool:
    """Retorna True se o CPF for válido (aceita com ou sem pontuação)."""
    numeros = re.sub(r"\D", "", cpf)
    if len(numeros) != 11 or numeros == numeros[0] * 11:
        return False
    primeiro = _digito(numeros[:9], 10)
    segundo = _digito(numeros[:9] + str(primeiro), 11)
    return numeros[-2:] == f"{primeiro}{segundo}"


def formatar_cpf(cpf: str) -> str:
    """Formata o CPF como 000.000.000-00."""
    n = re.sub(r"\D", "", cpf)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


if __name__ == "__main__":
    for cpf in ["529.982.247-25", "111.111.111-11", "12345678909", "123.456.789-00"]:
        status = "válido" if validar_cpf(cpf) else "inválido"
        print(f"{formatar_cpf(cpf)}: {status}")
