"""The model: frozen attrs classes for everything a partnership describes.

This is the lowest layer of unikom. It reads no files and imports nothing from
the layers above it (``check``, ``deadlines``, ``publish``, ``services``,
``cli``). Import public names from :mod:`unikom`.
"""

__all__: list[str] = []
