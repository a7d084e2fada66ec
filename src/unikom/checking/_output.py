"""The one way unikom writes a file: atomically, never through a link, never over its input.

``unikom render -o``, ``calendar -o`` and the other commands' ``-o``,
``unikom init``, write-back and :func:`unikom.dump` to a path all end here, so
that a file in a pull request cannot turn an output into a write somewhere else
(a symbolic link named like the output) or into the loss of a data file (the
output named like one of the files the command read).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from unikom.model.errors import UnikomError

__all__ = ["OutputError", "refuse_unwritable", "write_atomically"]


class OutputError(UnikomError):
    """A file unikom was asked to write that it refuses or fails to write.

    A link, one of the command's inputs, anything that is not a regular file
    (a directory, a device, a pipe, a socket), or a place the system refuses.
    """


def write_atomically(
    path: Path, text: str, *, overwrite: bool, inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Write *text* to *path* so that readers see the old file or the new, never half.

    The text goes to a temporary file in the same directory, which then takes the
    target's name in one step.  Without *overwrite*, an existing file is left
    alone and :class:`FileExistsError` is raised.  A *path* that is a symbolic
    link, anything but a regular file, or the same file as one of *inputs*
    raises :class:`OutputError`; so does a write the system refuses.
    """
    _refuse_link_or_input(path, inputs)
    if not overwrite and os.path.lexists(path):
        raise FileExistsError(f"{path} already exists; use --force to overwrite it")
    try:
        _write(path, text, overwrite=overwrite, inputs=inputs)
    except (OutputError, FileExistsError):
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write(
    path: Path, text: str, *, overwrite: bool, inputs: Iterable[str | os.PathLike[str]]
) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; give it the mode a new file would get.
        os.fchmod(handle, _existing_mode(path) or (0o666 & ~_umask()))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        # Checked again just before the switch: the name may have become a link meanwhile.
        _refuse_link_or_input(path, inputs)
        if overwrite:
            os.replace(temporary, path)
        else:
            # A hard link fails if the name was taken meanwhile, where a rename
            # would silently replace the file someone else just wrote.
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise FileExistsError(
                    f"{path} already exists; use --force to overwrite it"
                ) from None
            except OSError:  # a file system without hard links
                os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def refuse_unwritable(path: Path, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Raise :class:`OutputError` if :func:`write_atomically` would refuse *path*.

    For writers that read the file before replacing it: the refusal comes
    before the read, so a link is never followed, nor a pipe waited on.
    """
    _refuse_link_or_input(path, inputs)


def _refuse_link_or_input(path: Path, inputs: Iterable[str | os.PathLike[str]]) -> None:
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(status.st_mode):
        raise OutputError(f"{path} is a symbolic link; unikom does not write through one")
    if not stat.S_ISREG(status.st_mode):
        # A rename would replace a device, a pipe or a socket with a plain file
        # (and fail on a directory): whoever named it meant something else.
        raise OutputError(f"{path} is {_what(status.st_mode)}; unikom writes only regular files")
    for given in inputs:
        try:
            if os.path.samefile(path, given):
                raise OutputError(f"{path} is one of the files this command reads; write elsewhere")
        except OSError:
            continue


def _what(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something other than a file"


def _existing_mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return None


def _umask() -> int:
    # The only way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
