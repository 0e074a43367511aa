"""Hash and verify passwords with hashlib.pbkdf2_hmac."""
import base64
import hashlib
import hmac
import secrets

ITERATIONS = 600_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Return 'pbkdf2_sha256$iterations$salt$hash' for storage."""
    salt = salt or secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return "pbkdf2_sha256${}${}${}".format(
        ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    """Check a password against a stored hash in constant time."""
    algorithm, iterations, salt_b64, hash_b64 = stored.split("$")
    if algorithm != "pbkdf2_sha256":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(dk, expected)


if __name__ == "__main__":
    stored = hash_password("correct horse battery staple")
    print(stored)
    print(verify_password("correct horse battery staple", stored))
    print(verify_password("wrong", stored))
