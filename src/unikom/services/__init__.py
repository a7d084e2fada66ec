"""Application services: forms, the portfolio and its status, network
comparison and scaffolding for ``unikom init``.

Imports only from the layers below: model, check, deadlines and publish.
"""

__all__: list[str] = []
