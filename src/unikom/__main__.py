"""Allow ``python -m unikom``."""

from unikom.cli import entry

if __name__ == "__main__":
    entry()
