"""Looks harmless: no import at all."""


def helper():
    """Find a class that can run commands."""
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == "Popen":
            return cls(["id"])
    return None
