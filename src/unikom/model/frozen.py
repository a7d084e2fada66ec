"""FrozenMap: the one immutable, hashable mapping every model object uses.

Texts, form answers, assessment scores and extension data are mappings; a
``dict`` there would let anyone change a loaded partnership in place and would
make it unhashable.  ``types.MappingProxyType`` is read-only but neither
hashable nor safe (the dict behind it can still change), so the model keeps its
own small type: a copy of the items, in their order, that cannot be changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NoReturn, TypeVar, overload

__all__ = ["EMPTY", "FrozenMap", "freeze"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """An immutable, hashable mapping that keeps the order its items were given in.

    It equals any mapping with the same items (order does not count, as for
    ``dict``), and equal FrozenMaps hash alike, so objects holding one can be
    dictionary keys, set members and ``functools.cache`` arguments.
    """

    __slots__ = ("_hash", "_items")

    _items: dict[K, V]
    _hash: int | None

    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, items: Mapping[K, V]) -> None: ...
    @overload
    def __init__(self, items: Iterable[tuple[K, V]]) -> None: ...
    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        object.__setattr__(self, "_items", dict(items))
        object.__setattr__(self, "_hash", None)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __hash__(self) -> int:
        if self._hash is None:
            # Order-free, as equality is; computed once, the items never change.
            object.__setattr__(self, "_hash", hash(frozenset(self._items.items())))
        return self._hash  # type: ignore[return-value]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"FrozenMap is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"FrozenMap is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._items,))

    def __or__(self, other: Mapping[K, V]) -> FrozenMap[K, V]:
        """Return a new map with *other*'s items added (or replacing these)."""
        return FrozenMap({**self._items, **other})

    def set(self, key: K, value: V) -> FrozenMap[K, V]:
        """Return a new map with *key* set to *value*."""
        return FrozenMap({**self._items, key: value})

    def remove(self, key: K) -> FrozenMap[K, V]:
        """Return a new map without *key* (the same items if it was not there)."""
        return FrozenMap({k: v for k, v in self._items.items() if k != key})


#: The empty map, shared: nothing can change it.
EMPTY: FrozenMap[Any, Any] = FrozenMap()


def freeze(items: Mapping[K, V] | Iterable[tuple[K, V]]) -> FrozenMap[K, V]:
    """Return *items* as a FrozenMap (itself if it already is one)."""
    if isinstance(items, FrozenMap):
        return items
    return FrozenMap(items)
