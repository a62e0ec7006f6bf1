#!/bin/sh
# Runs the extractor over the peers' suites (../shared/eval/external), scores
# each file with score_external.py, prints each file's lenient case pass on
# the core cases (and on the gate subset: core cases without relative dates
# or specs that fail on RT's own platform), and checks the floors in
# floors.txt. Exit 1 when a file falls below its floor.
#
#	tools/exteval/run.sh            # from anywhere in the repository
#	tools/exteval/run.sh /path/to/external   # or EXTERNAL=/path/to/external
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ext=${1:-${EXTERNAL:-$root/../shared/eval/external}}
if [ ! -d "$ext" ]; then
	echo "exteval: $ext not found (set EXTERNAL)" >&2
	exit 2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
go run ./tools/exteval -in "$ext" -out "$out/pred"
for gold in "$ext"/*.jsonl; do
	python3 "$ext/score_external.py" "$gold" --pred "$out/pred/$(basename "$gold")"
done >"$out/scores.txt"
python3 - "$out/scores.txt" "$here/floors.txt" "$ext" "$out/pred" <<'PY'
import json, os, sys
scores_path, floors_path, ext, pred_dir = sys.argv[1:5]
sys.path.insert(0, ext)
import score_external as se

scores, floors = {}, {}
for line in open(scores_path, encoding="utf-8"):
    path, _, js = line.partition(" ")
    scores[os.path.basename(path)] = json.loads(js)
for line in open(floors_path, encoding="utf-8"):
    f = line.split("#")[0].split()
    if len(f) == 2:
        floors[f[0]] = float(f[1])

def gate(name):
    gold = se.load(os.path.join(ext, name))
    preds = {r["id"]: r.get("predicted", []) for r in se.load(os.path.join(pred_dir, name))}
    cases = [c for c in gold if c.get("priority") == "core"
             and "relative_date" not in c.get("tags", []) and "rt_fails_on_dotnet" not in c.get("tags", [])]
    if not cases:
        return None, 0
    return se.score(cases, preds)["all"]["case_pass_lenient"], len(cases)

bad = 0
print("%-48s %6s %8s %8s %12s %6s" % ("file", "core", "lenient", "strict", "gate(n)", "floor"))
for name in sorted(scores):
    core = scores[name].get("core", {})
    p = core.get("case_pass_lenient")
    g, n = gate(name)
    fl = floors.get(name)
    mark = ""
    if fl is not None and (p is None or p + 1e-9 < fl):
        mark, bad = "  BELOW FLOOR", bad + 1
    print("%-48s %6s %8s %8s %12s %6s%s" % (name, core.get("cases", 0), p, core.get("case_pass_strict"),
                                          "%s(%d)" % (g, n) if g is not None else "-", fl if fl is not None else "-", mark))
if bad:
    print("exteval: %d file(s) below their floor in %s" % (bad, floors_path))
sys.exit(1 if bad else 0)
PY
