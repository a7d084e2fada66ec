"""Internals of unikom: no stability promise, import from :mod:`unikom` instead."""
