#!/usr/bin/env bash
# Times the whole `conflictmodel convert` process (default options) on a GED file made of the committed real GED
# file's rows, GED -> JSON Lines and GED -> GED, against Python's csv module merely reading the same file, side by
# side in one run, and prints each run and the ratios (median and spread), and each process's CPU time (user + system):
# convert's spread over the machine's cores against Python's (one thread) is the least the ratio can be on this
# machine, however loaded it is. Used for docs/performance.md.
#
#   eng/convert-vs-python.sh [ROWS] [RUNS]      (defaults: 300000 rows, 3 runs of each)
#
# Needs: the .NET SDK of global.json, python3. Builds the tool in Release first. Writes to a temporary folder, removed at the end.
set -euo pipefail
rows="${1:-300000}"
runs="${2:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/ConflictModel.Cli/ConflictModel.Cli.csproj" -v quiet -nologo > /dev/null
dotnet run -c Release --project "$root/tests/ConflictModel.Benchmarks" -- ged-multiply "$rows" "$work/ged.csv"
cli="$(find "$root/src/ConflictModel.Cli/bin/Release" -name ConflictModel.Cli.dll -path '*net10.0*' | head -1)"

seconds() { # runs "$@" and prints "wall,cpu": the wall-clock seconds it took and its user + system CPU seconds
  python3 - "$work/stderr" "$@" <<'PY' || { cat "$work/stderr" >&2; exit 1; }
import resource, subprocess, sys, time
with open(sys.argv[1], "w") as err:
    start = time.perf_counter()
    code = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=err).returncode
    wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.3f},{usage.ru_utime + usage.ru_stime:.3f}")
sys.exit(code)
PY
}

declare -a python jsonl ged
for ((i = 0; i < runs; i++)); do
  # Interleaved, so that the machine's load falls on all three alike.
  python+=("$(seconds python3 -c 'import csv,sys; sum(1 for _ in csv.reader(open(sys.argv[1], newline="")))' "$work/ged.csv")")
  jsonl+=("$(seconds dotnet "$cli" convert --to jsonl "$work/ged.csv" "$work/out.jsonl")")
  ged+=("$(seconds dotnet "$cli" convert --to ged "$work/ged.csv" "$work/out.csv")")
done

python3 - "$rows" "$(nproc)" "${python[*]}" "${jsonl[*]}" "${ged[*]}" <<'PY'
import statistics, sys
rows, cores = int(sys.argv[1]), int(sys.argv[2])
python, jsonl, ged = ([tuple(float(v) for v in x.split(",")) for x in a.split()] for a in sys.argv[3:6])
def line(name, runs):
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    print(f"{name:<28} runs: {', '.join(f'{w:.2f}' for w in walls)} s; median {statistics.median(walls):.2f} s; CPU (user + system) median {statistics.median(cpus):.2f} s")
line("python csv.reader (read)", python)
line("convert --to jsonl", jsonl)
line("convert --to ged", ged)
for name, runs in (("jsonl", jsonl), ("ged", ged)):
    ratios = [t / p for (t, _), (p, _) in zip(runs, python)]
    # Python reads on one thread, so on an idle machine its wall-clock time is its CPU time; convert's cannot be less
    # than its CPU time spread over every core. Their ratio is the least the wall-clock ratio can be here, whatever the load.
    floors = [c / cores / pc for (_, c), (_, pc) in zip(runs, python)]
    print(f"ratio convert --to {name} / python: median {statistics.median(ratios):.2f}x, spread {min(ratios):.2f}-{max(ratios):.2f}x (target <= 1.5x);"
          f" (its CPU time / {cores} cores) / python's CPU time: median {statistics.median(floors):.2f}x, spread {min(floors):.2f}-{max(floors):.2f}x (the least the ratio can be on this machine)")
PY
