"""Publishing: the partnership's page (Markdown and HTML), .ics calendars,
the årshjul picture, their templates and the table of words they print.

Imports only from the layers below: model, check and deadlines.
"""

__all__: list[str] = []
