#!/bin/sh
# Runs the extractor over the peers' suites in ../shared/eval/external,
# scores each with score_external.py and checks the floors in floors.txt
# (core lenient case pass). Exit 1 when a file falls below its floor.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ext=${EXTERNAL:-$root/../shared/eval/external}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
go run ${GOFLAGS_EXTEVAL:-} ./tools/exteval -in "$ext" -out "$out"
for gold in "$ext"/*.jsonl; do
	python3 "$ext/score_external.py" "$gold" --pred "$out/$(basename "$gold")"
done >"$out/scores.txt"
python3 - "$out/scores.txt" "$here/floors.txt" <<'PY'
import json, os, sys
scores, floors = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    path, _, js = line.partition(" ")
    scores[os.path.basename(path)] = json.loads(js)
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.split("#")[0].split()
    if len(line) == 2:
        floors[line[0]] = float(line[1])
bad = 0
print("%-48s %6s %8s %8s %6s" % ("file (core)", "cases", "lenient", "strict", "floor"))
for name in sorted(scores):
    core = scores[name].get("core", {})
    p = core.get("case_pass_lenient")
    fl = floors.get(name)
    mark = ""
    if fl is not None and (p is None or p + 1e-9 < fl):
        mark, bad = "  BELOW FLOOR", bad + 1
    print("%-48s %6s %8s %8s %6s%s" % (name, core.get("cases", 0), p, core.get("case_pass_strict"), fl if fl is not None else "-", mark))
sys.exit(1 if bad else 0)
PY
