"""Logging setup with getLogger and a StreamHandler."""
import logging


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    """Configure and return the application logger."""
    logger = logging.getLogger("myapp")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setLevel(level)
        formatter = logging.Formatter(
            "%(asctime)s - %(name)s - %(levelname)s - %(message)s", datefmt="%Y-%m-%d %H:%M:%S"
        )
        handler.setFormatter(formatter)
        logger.addHandler(handler)
    logger.propagate = False
    return logger


if __name__ == "__main__":
    log = setup_logging(logging.DEBUG)
    log.debug("debug message")
    log.info("application started")
    log.warning("disk space low: %d%%", 91)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("something failed")
