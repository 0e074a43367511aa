"""Generate a random password with the secrets module."""
import secrets
import string


def generate_password(length: int = 16, use_symbols: bool = True) -> str:
    """Return a password with at least one lowercase, uppercase, digit (and symbol)."""
    if length < 8:
        raise ValueError("length must be at least 8")
    alphabet = string.ascii_letters + string.digits
    if use_symbols:
        alphabet += string.punctuation
    while True:
        password = "".join(secrets.choice(alphabet) for _ in range(length))
        if (
            any(c.islower() for c in password)
            and any(c.isupper() for c in password)
            and any(c.isdigit() for c in password)
            and (not use_symbols or any(c in string.punctuation for c in password))
        ):
            return password


if __name__ == "__main__":
    for _ in range(3):
        print(generate_password())
    print(generate_password(12, use_symbols=False))
    print("token:", secrets.token_urlsafe(32))
