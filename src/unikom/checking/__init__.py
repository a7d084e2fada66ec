"""Reading and checking files: the located YAML reader, the kinds registry,
the schema check, the converter, the rules and the engine behind
:func:`unikom.load` and :func:`unikom.validate`.

Imports only from :mod:`unikom.model`. Import public names from :mod:`unikom`.
"""

__all__: list[str] = []
