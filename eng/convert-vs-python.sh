#!/usr/bin/env bash
# Times the whole `conflictmodel convert` process (default options) on a GED file made of the committed real GED
# file's rows, GED -> JSON Lines and GED -> GED, against Python's csv module merely reading the same file, side by
# side in one run, and prints each run and the ratios (median and spread). Used for docs/performance.md.
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

seconds() { # runs "$@" and prints the wall-clock seconds it took
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

declare -a python jsonl ged
for ((i = 0; i < runs; i++)); do
  # Interleaved, so that the machine's load falls on all three alike.
  python+=("$(seconds python3 -c 'import csv,sys; sum(1 for _ in csv.reader(open(sys.argv[1], newline="")))' "$work/ged.csv")")
  jsonl+=("$(seconds dotnet "$cli" convert --to jsonl "$work/ged.csv" "$work/out.jsonl")")
  ged+=("$(seconds dotnet "$cli" convert --to ged "$work/ged.csv" "$work/out.csv")")
done

python3 - "$rows" "${python[*]}" "${jsonl[*]}" "${ged[*]}" <<'PY'
import statistics, sys
rows = int(sys.argv[1])
python, jsonl, ged = ([float(x) for x in a.split()] for a in sys.argv[2:5])
def line(name, times):
    print(f"{name:<28} runs: {', '.join(f'{t:.2f}' for t in times)} s; median {statistics.median(times):.2f} s")
line("python csv.reader (read)", python)
line("convert --to jsonl", jsonl)
line("convert --to ged", ged)
for name, times in (("jsonl", jsonl), ("ged", ged)):
    ratios = [t / p for t, p in zip(times, python)]
    print(f"ratio convert --to {name} / python: median {statistics.median(ratios):.2f}x, spread {min(ratios):.2f}-{max(ratios):.2f}x (target <= 1.5x)")
PY
