"""UUID generation examples."""
import uuid


def new_id() -> str:
    """Return a random UUID4 as a string."""
    return str(uuid.uuid4())


def name_based_id(name: str) -> uuid.UUID:
    """Deterministic UUID5 in the URL namespace."""
    return uuid.uuid5(uuid.NAMESPACE_URL, name)


if __name__ == "__main__":
    print("uuid4:", new_id())
    u = name_based_id("https://example.com/users/42")
    print("uuid5:", u, "version", u.version)
    print("hex:", u.hex)
    print("round trip:", uuid.UUID(str(u)) == u)
