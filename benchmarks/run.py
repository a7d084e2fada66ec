"""Benchmark ``unikom validate`` against check-jsonschema and a parse-only floor.

    python benchmarks/run.py --sizes 1000 10000

Run it with the Python that has unikom installed (``pip install -e .``).
check-jsonschema is installed into a virtualenv of its own under ``benchmarks/out/`` from
``benchmarks/requirements.txt`` the first time (or give ``--check-jsonschema``).
For each size N it writes a corpus (the Trondheim example's partnership
directory plus N inquiry and project files in it, see corpus.py),
then times each tool as a whole process on the same files and records its peak
memory.  The report (Markdown) goes to stdout and ``benchmarks/out/report.md``,
the raw figures to ``benchmarks/out/results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (a sibling module, found through the line above)


@dataclass
class Run:
    """One timed process (or several, added up): wall and CPU seconds, peak memory."""

    wall: float
    cpu: float
    peak_mib: float
    ok: bool


def timed(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run *command*; return its wall time, CPU time and peak resident memory."""
    with tempfile.TemporaryFile() as sink:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=sink, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sink.seek(0)
            print(f"  ! {command[0]} … exited {code}: {sink.read()[-500:]!r}", file=sys.stderr)
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / scale, code == 0)


def best(runs: list[Run]) -> Run:
    """Return the fastest of *runs*: the one least disturbed by other work."""
    return min(runs, key=lambda r: r.wall)


def added(runs: list[Run]) -> Run:
    """Add up processes run one after the other (peak memory is the largest)."""
    return Run(
        sum(r.wall for r in runs),
        sum(r.cpu for r in runs),
        max(r.peak_mib for r in runs),
        all(r.ok for r in runs),
    )


def check_jsonschema_command(given: str | None) -> list[str]:
    """Return how to run check-jsonschema, installing it in its own venv if need be."""
    if given:
        return [given]
    beside = Path(sys.executable).with_name("check-jsonschema")
    if beside.exists():
        return [str(beside)]
    home = OUT / "venv-check-jsonschema"
    tool = home / "bin" / "check-jsonschema"
    if not tool.exists():
        print("installing check-jsonschema into", home, file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(home)], check=True)
        subprocess.run(
            [str(home / "bin" / "pip"), "install", "-q", "-r", str(HERE / "requirements.txt")],
            check=True,
        )
    return [str(tool)]


def schema_path(kind: str) -> Path:
    """Return the schema file unikom ships for *kind*."""
    import unikom

    return Path(unikom.__file__).parent / "schemas" / f"{kind}.schema.json"


def fast_path_installed() -> bool:
    """Tell whether the optional jsonschema-rs fast path is available here."""
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        return False
    return True


def measure_corpus(made: corpus.Corpus, cj: list[str], repeat: int) -> dict[str, Run]:
    """Time every tool on *made*; return the best run of each.

    The tools take turns, round after round, so that a busy moment on a shared
    machine slows one round of every tool rather than all runs of one.
    check-jsonschema runs once on large corpora: it takes minutes, and ten times
    what the others take, so its noise cannot change a ratio much.
    """
    unikom = [sys.executable, "-m", "unikom", "validate", str(made.root)]
    pure = {**os.environ, "UNIKOM_PURE_PYTHON": "1"}
    tools: dict[str, Any] = {
        "unikom": lambda: timed(unikom),
        "check-jsonschema": lambda: added(
            [
                timed([*cj, "--schemafile", str(schema_path(kind)), *map(str, paths)])
                for kind, paths in made.files.items()
                if paths
            ]
        ),
        "parse floor": lambda: timed(
            [sys.executable, str(HERE / "parse_floor.py"), str(made.root)]
        ),
    }
    if fast_path_installed():
        tools["unikom (pure Python)"] = lambda: timed(unikom, env=pure)
    runs: dict[str, list[Run]] = {name: [] for name in tools}
    for round_number in range(repeat):
        for name, measure in tools.items():
            if name == "check-jsonschema" and made.count > 2000 and round_number > 0:
                continue
            print(f"  round {round_number + 1}: {name} …", file=sys.stderr, flush=True)
            runs[name].append(measure())
    return {name: best(found) for name, found in runs.items()}


def per_second(action: Any, at_least: float = 1.0) -> float:
    """Return how many times per second *action* runs, measured over *at_least* seconds."""
    action()  # warm up: caches, generated code
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < at_least:
        action()
        count += 1
    return count / elapsed


def one_document(made: corpus.Corpus) -> Path:
    """Return a file to validate alone: an inquiry if the corpus has any."""
    for kind in ("inquiry", "project", "inquiry-type"):
        if made.files.get(kind):
            return made.files[kind][-1]
    raise ValueError("the corpus holds no document but the partnership")


def kind_of(made: corpus.Corpus, path: Path) -> str:
    """Return the kind of the corpus file *path*."""
    return next(kind for kind, paths in made.files.items() if path in paths)


def api_figures(made: corpus.Corpus) -> dict[str, float | None]:
    """Measure the library: load a partnership, validate one file, compute due dates."""
    import unikom

    home = made.root / "trd3"
    one = one_document(made)
    start = time.perf_counter()
    partnership = unikom.load(home)
    first_load = time.perf_counter() - start
    figures: dict[str, float | None] = {
        "first load of the partnership (ms)": first_load * 1000,
        "loads of the partnership per second": per_second(lambda: unikom.load(home)),
        f"validations of one {kind_of(made, one)} file per second": per_second(
            lambda: unikom.validate(one)
        ),
        "due-date computations per second": None,
    }
    try:
        from unikom.deadlines import answer_due  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return figures
    inquiry_type = next(t.id for t in partnership.inquiry_types if t.processing_time)
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    state = {"n": 0}

    def one_due_date() -> None:
        state["n"] += 1
        answer_due(partnership, inquiry_type, days[state["n"] % len(days)])

    figures["due-date computations per second"] = per_second(one_due_date)
    return figures


def single_corpus() -> corpus.Corpus:
    """Write a partnership directory holding one inquiry beside the partnership.

    unikom checks a file against every other file of its directory, so in a
    directory of 10,000 inquiries one file costs what the whole directory costs
    (which the corpus runs measure); the single-file figures use this one.
    """
    return corpus.generate(OUT / "single", 1, ["inquiry"])


def cold_single(made: corpus.Corpus, cj: list[str], repeat: int) -> dict[str, Run]:
    """Time a cold validation of one inquiry file, by each tool, as a process."""
    one = one_document(made)
    kind = kind_of(made, one)
    unikom = [sys.executable, "-m", "unikom", "validate", str(one)]
    commands: dict[str, tuple[list[str], dict[str, str] | None]] = {
        "unikom": (unikom, None),
        "unikom (pure Python)": (unikom, {**os.environ, "UNIKOM_PURE_PYTHON": "1"}),
        "check-jsonschema": ([*cj, "--schemafile", str(schema_path(kind)), str(one)], None),
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _round in range(repeat):
        for name, (command, env) in commands.items():
            runs[name].append(timed(command, env=env))
    return {name: best(found) for name, found in runs.items()}


#: What a cold ``unikom validate`` cannot do without, step by step, each as a
#: process of its own: Python starting, then importing the libraries the model
#: and the reader are built on, then creating unikom's model classes and
#: checking code (without reading a file).
STARTUP_STEPS = {
    "Python starting": "pass",
    "+ attrs": "import attrs",
    "+ PyYAML (libyaml)": "import attrs, yaml",
    "+ jsonschema-rs": "import attrs, yaml, jsonschema_rs",
    "+ unikom's model and checking code": "import jsonschema_rs, unikom.checking._engine",
}


def startup_floor(repeat: int) -> dict[str, Run]:
    """Time each of :data:`STARTUP_STEPS` as a process, taking turns; the best counts."""
    runs: dict[str, list[Run]] = {name: [] for name in STARTUP_STEPS}
    for _round in range(repeat):
        for name, code in STARTUP_STEPS.items():
            runs[name].append(timed([sys.executable, "-c", code]))
    return {name: best(found) for name, found in runs.items()}


def version(name: str) -> str:
    """Return the installed version of distribution *name*, or 'not installed'."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine(cj: list[str]) -> dict[str, str]:
    """Describe the machine, Python and the packages measured."""
    import yaml

    cpu = platform.processor() or platform.machine()
    memory = ""
    if Path("/proc/cpuinfo").exists():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    libyaml = getattr(yaml, "__with_libyaml__", False)
    cj_version = subprocess.run([*cj, "--version"], capture_output=True, text=True).stdout
    return {
        "system": platform.platform(),
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "memory": memory,
        "python": platform.python_version(),
        "unikom": version("unikom"),
        "pyyaml": f"{version('pyyaml')} (libyaml {'yes' if libyaml else 'no'})",
        "jsonschema": version("jsonschema"),
        "jsonschema-rs": version("jsonschema-rs"),
        "cattrs": version("cattrs"),
        "attrs": version("attrs"),
        "check-jsonschema": cj_version.strip().rsplit(" ", 1)[-1] or "?",
    }


def report(results: dict[str, Any]) -> str:
    """Render the results as Markdown."""
    lines = ["## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in results["machine"].items()]
    lines += ["", "## Whole runs", ""]
    lines += [
        "| files | tool | wall (s) | ms per file | CPU (s) | peak memory (MiB) | ok |",
        "| ---: | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for size, tools in results["sizes"].items():
        for name, run in tools.items():
            lines.append(
                f"| {size} | {name} | {run['wall']:.2f} | {1000 * run['wall'] / int(size):.2f} "
                f"| {run['cpu']:.2f} | {run['peak_mib']:.0f} | {'yes' if run['ok'] else 'NO'} |"
            )
    lines += ["", "## Ratios", ""]
    lines += ["| files | measure | value |", "| ---: | --- | ---: |"]
    for size, tools in results["sizes"].items():
        for name in ("unikom", "unikom (pure Python)"):
            if name not in tools:
                continue
            ours = tools[name]["wall"]
            lines.append(
                f"| {size} | {name} ÷ check-jsonschema | "
                f"{ours / tools['check-jsonschema']['wall']:.2f} |"
            )
            lines.append(
                f"| {size} | {name} ÷ parse floor | {ours / tools['parse floor']['wall']:.2f} |"
            )
    sizes = list(results["sizes"])
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        lines += ["", f"## Growth from {small} to {large} files", ""]
        lines += ["| tool | time × | memory × |", "| --- | ---: | ---: |"]
        for name in results["sizes"][large]:
            a, b = results["sizes"][small][name], results["sizes"][large][name]
            lines.append(
                f"| {name} | {b['wall'] / a['wall']:.1f} | {b['peak_mib'] / a['peak_mib']:.2f} |"
            )
        lines.append(f"\n(Files grew {int(large) / int(small):.0f}×.)")
    cold = results["cold single file"]
    lines += ["", "## Cold validation of one file", ""]
    lines += ["| tool | wall (s) | peak memory (MiB) |", "| --- | ---: | ---: |"]
    lines += [f"| {n} | {r['wall']:.3f} | {r['peak_mib']:.0f} |" for n, r in cold.items()]
    for name in ("unikom", "unikom (pure Python)"):
        ratio = cold[name]["wall"] / cold["check-jsonschema"]["wall"]
        lines.append(f"\n{name} ÷ check-jsonschema: {ratio:.2f}")
    floor = results.get("start-up floor")
    if floor:
        reference = cold["check-jsonschema"]["wall"]
        lines += ["", "## What a cold run must do before reading a file", ""]
        lines += [
            "| step (each a process; the imports add up) | wall (s) | CPU (s) "
            "| ÷ check-jsonschema |",
            "| --- | ---: | ---: | ---: |",
        ]
        lines += [
            f"| {n} | {r['wall']:.3f} | {r['cpu']:.3f} | {r['wall'] / reference:.2f} |"
            for n, r in floor.items()
        ]
    lines += ["", "## Library", ""]
    for name, value in results["api"].items():
        shown = "not available in this build" if value is None else f"{value:,.1f}"
        lines.append(f"- {name}: {shown}")
    return "\n".join(lines) + "\n"


def compile_unikom() -> None:
    """Write unikom's bytecode, as installing a wheel does.

    An editable install under PYTHONDONTWRITEBYTECODE=1 never writes it, and
    every run would then compile unikom from source (70 ms of a cold start here),
    while check-jsonschema, installed by pip, starts from bytecode.
    """
    import compileall

    import unikom

    compileall.compile_dir(Path(unikom.__file__).parent, quiet=1)


def main() -> int:
    """Generate the corpora, measure, and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per tool and size; the best counts"
    )
    parser.add_argument("--check-jsonschema", metavar="PATH", help="the tool to compare with")
    parser.add_argument("--kinds", nargs="+", choices=sorted(corpus.GENERATORS))
    parser.add_argument("--keep", action="store_true", help="keep the corpora in benchmarks/out")
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    compile_unikom()
    cj = check_jsonschema_command(args.check_jsonschema)
    results: dict[str, Any] = {"machine": machine(cj), "sizes": {}}
    made = None
    for size in args.sizes:
        root = OUT / f"corpus-{size}"
        shutil.rmtree(root, ignore_errors=True)
        print(f"{size} files: writing the corpus", file=sys.stderr)
        made = corpus.generate(root, size, args.kinds)
        runs = measure_corpus(made, cj, args.repeat)
        results["sizes"][str(size)] = {name: asdict(run) for name, run in runs.items()}
        if size != args.sizes[-1] and not args.keep:
            shutil.rmtree(root)
    assert made is not None
    print("cold single-file runs and library figures", file=sys.stderr)
    if not args.keep:
        shutil.rmtree(made.root)
    single = single_corpus()
    cold = cold_single(single, cj, 7)
    results["cold single file"] = {name: asdict(run) for name, run in cold.items()}
    floor = startup_floor(7)
    results["start-up floor"] = {name: asdict(run) for name, run in floor.items()}
    results["api"] = api_figures(single)
    shutil.rmtree(single.root)

    text = report(results)
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (OUT / "report.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
