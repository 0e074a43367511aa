"""Temperature conversion CLI with argparse."""
import argparse


def c_to_f(c: float) -> float:
    """Celsius to Fahrenheit."""
    return c * 9 / 5 + 32


def f_to_c(f: float) -> float:
    """Fahrenheit to Celsius."""
    return (f - 32) * 5 / 9


def c_to_k(c: float) -> float:
    """Celsius to Kelvin."""
    return c + 273.15


def build_parser() -> argparse.ArgumentParser:
    """Create the command-line parser."""
    parser = argparse.ArgumentParser(description="Convert temperatures.")
    parser.add_argument("value", type=float, help="temperature to convert")
    parser.add_argument(
        "--from", dest="unit", choices=["C", "F"], default="C", help="unit of the input value"
    )
    parser.add_argument("--precision", type=int, default=2, help="decimal places")
    return parser


def main() -> None:
    """Parse arguments and print the conversions."""
    args = build_parser().parse_args()
    if args.unit == "C":
        c = args.value
    else:
        c = f_to_c(args.value)
    p = args.precision
    print(f"{c:.{p}f} °C = {c_to_f(c):.{p}f} °F = {c_to_k(c):.{p}f} K")


if __name__ == "__main__":
    main()
