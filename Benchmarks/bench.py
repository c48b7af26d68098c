#!/usr/bin/env python3
"""conforme benchmark driver. Run it through `scripts/bench`, which prepares the venv, the floor
and the conforme binary, then calls:

    python Benchmarks/bench.py --conforme BIN --floor BIN --peak BIN --venv DIR [--files N] [--rounds R] ...

It times, interleaved in the same run, with medians over R rounds:
  - conforme check on the corpus folder (`--format json` when the binary has it);
  - the floor: Benchmarks/floor/floor.c, which only parses the same files into libyaml events;
  - yamale on the folder, one process (-n 1) and its default (4 worker processes);
  - check-jsonschema with every file on one command line;
then one file cold (a fresh process per run) for each tool, and conforme's peak RSS on a bigger
corpus (measured by Benchmarks/peak/peak.c, see there why). It prints a Markdown report: the
table, the ratios, and PASS/FAIL against the issue's targets. Absolute times drift from machine
to machine and run to run; the ratios are the result.
Progress goes to stderr, the report to stdout (and to --output if given).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import gen_corpus  # noqa: E402

TODAY = "2024-06-01"  # the evaluation date the examples' expected reports use
HAND_WRITTEN_SCHEMA = HERE / "schemas" / "proposition.schema.json"
YAMALE_SCHEMA = HERE / "schemas" / "proposition.yamale.yml"

# The targets of issue 14's gate, which tightened the first ones (10× yamale, 50×
# check-jsonschema, 3× the floor): (label, measured ratio key, comparison, bound).
TARGETS = [
    ("conforme ≥ 8× faster than yamale (2 000 files)", "yamale", ">=", 8.0),
    ("conforme ≥ 100× faster than check-jsonschema (2 000 files)", "check-jsonschema", ">=", 100.0),
    ("conforme ≤ 1.5× the libyaml parse floor", "floor", "<=", 1.5),
    ("one file cold: conforme ≥ 5× faster than yamale", "cold-yamale", ">=", 5.0),
]
RSS_LIMIT_MIB = 64.0


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


@dataclass
class Run:
    wall: float
    cpu: float
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@dataclass
class Tool:
    key: str
    label: str
    argv: list[str]
    files: int                       # files this command really checks
    ok_codes: tuple[int, ...] = (0, 1)
    note: str = ""
    flagged: str = "?"
    runs: list[Run] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    def median_cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)


def run(argv: list[str], scratch: Path) -> Run:
    """One process, start to exit: wall time and CPU time (user + system, children included)
    from wait4(2). Not its peak RSS, which wait4 mixes with this process's: see peak_rss()."""
    out_path, err_path = scratch / "stdout.txt", scratch / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, proc.returncode,
               out_path.read_text(encoding="utf-8", errors="replace"),
               err_path.read_text(encoding="utf-8", errors="replace"))


# Keeps every core busy for a moment, then returns: run before each timed command, so that no
# tool pays for waking a core that sat idle during the previous one. On this kind of virtual
# machine a core idle for a while (during the one-process runs of the floor, yamale -n 1 and
# check-jsonschema) made the next multi-threaded run up to a third slower, while single-process
# runs barely noticed: without this, a tool's time depended on which tool ran before it. Every
# tool gets the same treatment; `--no-wake` turns it off.
WAKE_SECONDS = 0.05
WAKE_CODE = f"import time\nt = time.perf_counter()\nwhile time.perf_counter() - t < {WAKE_SECONDS}: pass\n"


def wake_cores() -> None:
    spinners = [subprocess.Popen([sys.executable, "-c", WAKE_CODE]) for _ in range(os.cpu_count() or 1)]
    for spinner in spinners:
        spinner.wait()


# Reads the corpus and runs the tool once on one file, untimed, before each timed run. On this
# kind of virtual machine the kernel pages out what was not touched in several 5-second windows
# for a minute (a DAMON `pageout` scheme, /sys/kernel/mm/damon/admin), however often it is read
# in between: the corpus and conforme's 80 MB executable left the page cache during the
# rounds, and whichever tool came first afterwards read them from disk (conforme's first run after
# a few idle minutes: 0.21 s and 10 major page faults; the next ones 0.12-0.13 s). Every tool
# gets the same treatment; `--no-warm` turns it off.
def warm_page_cache(corpus: Path, one_file: list[str], scratch: Path) -> None:
    for path in sorted(corpus.iterdir()):
        if path.is_file():
            path.read_bytes()
    run(one_file, scratch)


def checked_run(tool: Tool, scratch: Path) -> Run:
    r = run(tool.argv, scratch)
    if r.returncode not in tool.ok_codes:
        tail = "\n".join(r.output.splitlines()[-15:])
        sys.exit(f"bench: {tool.label} exited with {r.returncode} (expected one of {tool.ok_codes}):\n"
                 f"  {shlex.join(tool.argv[:8])}{' …' if len(tool.argv) > 8 else ''}\n{tail}")
    return r


def peak_rss(peak: str, tool: Tool, scratch: Path) -> tuple[Run, float]:
    """One run of the tool under `peak` (Benchmarks/peak/peak.c), and its own peak RSS in MiB.
    wait4's figure for a child of this process counts this process's memory too (Linux keeps,
    in a process's peak, what it had before exec), so it is not the tool's."""
    out = scratch / "peak-kib.txt"
    r = checked_run(Tool(tool.key, tool.label, [peak, str(out), *tool.argv], tool.files, tool.ok_codes), scratch)
    return r, int(out.read_text().strip()) / 1024


def probe_conforme_flags(conforme: str, sample: Path, scratch: Path) -> list[str]:
    """The richest flag set this binary accepts: the CLI is still growing (--format json)."""
    for flags in (["--format", "json", "--today", TODAY], ["--format", "json"], ["--today", TODAY], []):
        if run([conforme, "check", *flags, str(sample)], scratch).returncode in (0, 1):
            return flags
    sys.exit(f"bench: {conforme} check fails on {sample} with every flag set tried (exit 2)")


def schema_for_check_jsonschema(conforme: str, scratch: Path) -> tuple[Path, str]:
    """`conforme schema` once it exists; the hand-written schema until then."""
    r = run([conforme, "schema"], scratch)
    if r.returncode == 0:
        try:
            schema = json.loads(r.stdout)
            if isinstance(schema, dict) and ("properties" in schema or "$ref" in schema):
                path = scratch / "conforme-schema.json"
                path.write_text(r.stdout, encoding="utf-8")
                return path, "output of `conforme schema`"
        except json.JSONDecodeError:
            pass
    return HAND_WRITTEN_SCHEMA, f"hand-written {HAND_WRITTEN_SCHEMA.relative_to(ROOT)} (`conforme schema` not available)"


def flagged(tool: Tool, result: Run) -> str:
    """How many files the tool reported as failing: a sanity check that every tool did the job."""
    if tool.key == "conforme":
        try:
            return str(json.loads(result.stdout)["summary"]["failed"])
        except (ValueError, KeyError, TypeError):
            pass  # text output: count the files that have findings
    output = result.output
    if tool.key == "floor":
        m = re.search(r"parse-errors (\d+)", output)
        return f"{m.group(1)} (parse errors)" if m else "?"
    return str(len(set(re.findall(r"proposition-\d+\.yml", output))))


def read_manifest(corpus: Path) -> list[dict[str, str]]:
    lines = (corpus / "corpus.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def version_of(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def fmt_s(x: float) -> str:
    return f"{x:.3f}" if x < 10 else f"{x:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conforme", required=True, help="conforme binary")
    ap.add_argument("--floor", required=True, help="floor binary (Benchmarks/floor/floor.c)")
    ap.add_argument("--peak", required=True, help="peak RSS wrapper (Benchmarks/peak/peak.c)")
    ap.add_argument("--venv", type=Path, default=HERE / ".venv", help="venv with yamale and check-jsonschema")
    ap.add_argument("--files", type=int, default=2000, help="corpus size for the timed runs (default 2000)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds; medians over them (default 5)")
    ap.add_argument("--rss-files", type=int, default=10000, help="corpus size for conforme's peak RSS (default 10000; 0 skips)")
    ap.add_argument("--cold-runs", type=int, default=11, help="runs of the one-file cold test (default 11)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--conforme-args", help="conforme check flags to use instead of the probed ones, e.g. '--format json --jobs 1'")
    ap.add_argument("--only", help="comma-separated tool keys to time: conforme,floor,yamale,yamale-n1,check-jsonschema")
    ap.add_argument("--output", type=Path, help="also write the report to this file")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    ap.add_argument("--no-wake", action="store_true", help="do not busy every core for 50 ms before each timed run")
    ap.add_argument("--no-warm", action="store_true",
                    help="do not read the corpus and run the tool on one file before each timed run")
    args = ap.parse_args()

    conforme = str(Path(args.conforme).resolve())
    floor = str(Path(args.floor).resolve())
    bindir = args.venv / "bin"
    scratch = Path(tempfile.mkdtemp(prefix="conforme-bench-"))

    corpus = gen_corpus.generate(args.files, args.seed, HERE / f".corpus-{args.files}")
    manifest = read_manifest(corpus)
    n = len(manifest)
    expected_fail = sum(1 for row in manifest if row["expected"] == "fail")
    syntax_errors = [row["file"] for row in manifest if row["mutation"] == "yaml_syntax_error"]
    sample = corpus / manifest[0]["file"]  # a compliant file (from proposition-conforme.yml)

    flags = shlex.split(args.conforme_args) if args.conforme_args is not None else probe_conforme_flags(conforme, sample, scratch)
    json_schema, schema_origin = schema_for_check_jsonschema(conforme, scratch)
    files = sorted(str(corpus / row["file"]) for row in manifest)

    # yamale's folder mode stops at the first file PyYAML cannot parse (an uncaught exception in
    # its worker pool), so the files with a YAML syntax error are excluded from its runs: it
    # checks slightly fewer files than the others, which can only flatter it.
    exclude = ["-e", r"proposition-(" + "|".join(re.escape(f[len("proposition-"):-4]) for f in syntax_errors) + r")\.yml$"] if syntax_errors else []
    yamale = [str(bindir / "yamale"), "-s", str(YAMALE_SCHEMA)]
    tools = [
        Tool("conforme", f"conforme check {' '.join(flags)}".strip(), [conforme, "check", *flags, str(corpus)], n),
        Tool("floor", "floor (libyaml events only, C)", [floor, str(corpus)], n, (0,)),
        Tool("yamale-n1", "yamale -n 1 (one process)", [*yamale, "-n", "1", *exclude, str(corpus)], n - len(syntax_errors),
             note=f"{len(syntax_errors)} files with a YAML syntax error excluded"),
        Tool("yamale", "yamale (default: 4 worker processes)", [*yamale, *exclude, str(corpus)], n - len(syntax_errors),
             note=f"{len(syntax_errors)} files with a YAML syntax error excluded"),
        Tool("check-jsonschema", "check-jsonschema (all files, one process)",
             [str(bindir / "check-jsonschema"), "--schemafile", str(json_schema), *files], n),
    ]
    if args.only:
        keep = set(args.only.split(","))
        tools = [t for t in tools if t.key in keep or t.key == "conforme"]

    # Warm-up: fills the page cache and Python's bytecode caches, checks every command works.
    for t in tools:
        log(f"warm-up: {t.label}")
        t.flagged = flagged(t, checked_run(t, scratch))

    # One file, cold: a new process per run, from start to exit (the page cache stays warm: this
    # measures process start, interpreter or runtime start-up and schema loading, as a pre-commit
    # hook or a web request would see them).
    cold = {
        "conforme": [conforme, "check", *flags, str(sample)],
        "yamale": [*yamale, str(sample)],
        "check-jsonschema": [str(bindir / "check-jsonschema"), "--schemafile", str(json_schema), str(sample)],
        "floor": [floor, str(sample)],
    }
    one_file = {**cold, "yamale-n1": cold["yamale"]}

    for r in range(args.rounds):
        order = tools[r % len(tools):] + tools[:r % len(tools)]  # rotate: no tool always runs first
        for t in order:
            if not args.no_warm:
                warm_page_cache(corpus, one_file[t.key], scratch)
            if not args.no_wake:
                wake_cores()
            t.runs.append(checked_run(t, scratch))
        log(f"round {r + 1}/{args.rounds}: " + ", ".join(f"{t.key} {t.runs[-1].wall:.3f}s" for t in tools))

    if args.only:
        cold = {k: v for k, v in cold.items() if k == "conforme" or k in keep or (k == "yamale" and "yamale-n1" in keep)}
    cold_times: dict[str, list[float]] = {k: [] for k in cold}
    for i in range(args.cold_runs + 1):
        for k, argv in cold.items():
            if not args.no_wake:
                wake_cores()
            res = run(argv, scratch)
            if res.returncode not in (0, 1):
                sys.exit(f"bench: cold run of {k} exited with {res.returncode}:\n{res.output[-2000:]}")
            if i > 0:  # the first pass is a warm-up
                cold_times[k].append(res.wall)
    log("cold: " + ", ".join(f"{k} {statistics.median(v) * 1000:.1f} ms" for k, v in cold_times.items()))

    rss = None
    if args.rss_files:
        big = gen_corpus.generate(args.rss_files, args.seed, HERE / f".corpus-{args.rss_files}")
        big_tool = Tool("conforme", "", [conforme, "check", *flags, str(big)], args.rss_files)
        big_runs = [peak_rss(args.peak, big_tool, scratch) for _ in range(3)]
        rss = (max(mib for _, mib in big_runs), statistics.median(r.wall for r, _ in big_runs))
        log(f"peak RSS on {args.rss_files} files: {rss[0]:.1f} MiB")

    # ── Report ──────────────────────────────────────────────────────────────────────────────
    by = {t.key: t for t in tools}
    c = by["conforme"].median()
    ratios: dict[str, float] = {}
    yamales = [by[k] for k in ("yamale-n1", "yamale") if k in by]
    if yamales:
        ratios["yamale"] = min(t.median() for t in yamales) / c
    if "check-jsonschema" in by:
        ratios["check-jsonschema"] = by["check-jsonschema"].median() / c
    if "floor" in by:
        ratios["floor"] = c / by["floor"].median()
    if "yamale" in cold_times:
        ratios["cold-yamale"] = statistics.median(cold_times["yamale"]) / statistics.median(cold_times["conforme"])

    size_mb = sum(os.path.getsize(f) for f in files) / 1e6
    lines = [
        f"## conforme benchmark — {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
        "",
        f"- machine: {cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- corpus: `{corpus.relative_to(ROOT)}`, {n} files ({size_mb:.1f} MB), {expected_fail} made to fail "
        f"(seed {args.seed}); {args.rounds} interleaved rounds, medians"
        + ("" if args.no_warm else "; the corpus read and the tool run on one file before each timed run")
        + ("" if args.no_wake else f"; every core kept busy for {WAKE_SECONDS * 1000:.0f} ms before each timed run"),
        f"- conforme: `{conforme}` ({version_of([conforme, '--version'])}), flags `{' '.join(flags) or '(none)'}`",
        f"- yamale {version_of([str(bindir / 'yamale'), '--version'])}, schema `{YAMALE_SCHEMA.relative_to(ROOT)}`; "
        f"check-jsonschema {version_of([str(bindir / 'check-jsonschema'), '--version']).split()[-1]}, schema: {schema_origin}",
    ]
    if "--format" not in flags:
        lines.append("- **note**: this conforme binary has no `--format json` yet; it was timed with its text output")
    lines += [
        "",
        "| tool | files | median s | min–max s | CPU s | files/s | × conforme's time | files flagged |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in tools:
        m = t.median()
        lo, hi = min(r.wall for r in t.runs), max(r.wall for r in t.runs)
        lines.append(f"| {t.label} | {t.files} | {fmt_s(m)} | {fmt_s(lo)}–{fmt_s(hi)} | {fmt_s(t.median_cpu())} | "
                     f"{t.files / m:,.0f} | {m / c:.2f} | {t.flagged} |")
    lines += ["", f"Expected to fail: {expected_fail} files (`corpus.tsv`). "
              f"yamale runs skip the {len(syntax_errors)} files with a YAML syntax error (its folder mode aborts on them) "
              "and, reading YAML 1.1 with PyYAML, accepts duplicate keys and `yes` for `true`.", ""]

    lines += ["### One file, cold (new process each run, median of "
              f"{args.cold_runs})", "", "| tool | median ms | × conforme |", "|---|---:|---:|"]
    cc = statistics.median(cold_times["conforme"])
    for k, v in cold_times.items():
        lines.append(f"| {k} | {statistics.median(v) * 1000:.1f} | {statistics.median(v) / cc:.1f} |")
    lines.append("")
    if rss:
        lines += [f"### Peak RSS: conforme on {args.rss_files} files", "",
                  f"{rss[0]:.1f} MiB (max of 3 runs; median time {fmt_s(rss[1])} s, "
                  f"{args.rss_files / rss[1]:,.0f} files/s)", ""]

    lines += ["### Targets (the ratios are the result)", "", "| target | measured | result |", "|---|---:|---|"]
    failures = 0
    for label, key, op, bound in TARGETS:
        if key not in ratios:
            lines.append(f"| {label} | not measured | — |")
            continue
        ok = ratios[key] >= bound if op == ">=" else ratios[key] <= bound
        failures += not ok
        lines.append(f"| {label} | {ratios[key]:.2f}× | {'PASS' if ok else 'FAIL'} |")
    if rss:
        ok = rss[0] <= RSS_LIMIT_MIB
        failures += not ok
        lines.append(f"| peak RSS ≤ {RSS_LIMIT_MIB:.0f} MiB on {args.rss_files} files | {rss[0]:.1f} MiB | {'PASS' if ok else 'FAIL'} |")
    lines += ["", "The yamale ratio uses the faster of its two runs (-n 1, default)."]
    if "floor" in by:
        lines.append(f"CPU time, conforme / floor: {by['conforme'].median_cpu() / by['floor'].median_cpu():.2f}× "
                     "(the floor is single-threaded; this is the work ratio when conforme uses several cores).")

    report = "\n".join(lines) + "\n"
    print(report)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    sys.exit(1 if args.check and failures else 0)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
