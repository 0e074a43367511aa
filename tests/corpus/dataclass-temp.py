"""Conversor de temperatura com classe e enum (exemplo em português)."""
from dataclasses import dataclass
from enum import Enum


class Escala(str, Enum):
    """Escalas de temperatura suportadas."""

    CELSIUS = "C"
    FAHRENHEIT = "F"
    KELVIN = "K"


@dataclass(frozen=True)
class Temperatura:
    """Uma temperatura com valor e escala."""

    valor: float
    escala: Escala = Escala.CELSIUS

    def para_celsius(self) -> float:
        """Converte para Celsius."""
        if self.escala is Escala.CELSIUS:
            return self.valor
        if self.escala is Escala.FAHRENHEIT:
            return (self.valor - 32) * 5 / 9
        return self.valor - 273.15

    def converter(self, destino: Escala) -> "Temperatura":
        """Converte para a escala destino."""
        c = self.para_celsius()
        conversoes = {
            Escala.CELSIUS: c,
            Escala.FAHRENHEIT: c * 9 / 5 + 32,
            Escala.KELVIN: c + 273.15,
        }
        return Temperatura(round(conversoes[destino], 2), destino)

    def __str__(self) -> str:
        return f"{self.valor:.2f} °{self.escala.value}"


if __name__ == "__main__":
    t = Temperatura(100)
    for escala in Escala:
        print(f"{t} = {t.converter(escala)}")
    print(Temperatura(98.6, Escala.FAHRENHEIT).converter(Escala.CELSIUS))
