"""Allow ``python -m unikom``."""

from unikom._cli import entry

if __name__ == "__main__":
    entry()
