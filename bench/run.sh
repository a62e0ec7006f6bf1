#!/usr/bin/env bash
# bench/run.sh measures zongjie on generated corpora, side by side:
#   segonly   gse segmentation alone (read, decode, segment; the yardstick)
#   run       a full run (with a CPU profile in WORK/cpu-N.pprof)
#   rerun     the same run again, nothing changed
#   extract   extract of one file, in a new process (dictionary load included)
#   search    one query on the index the run built
# and reports wall time, documents/s, MB/s, peak RSS (/usr/bin/time -v) and
# the ratios against the targets of issue 7.
#
# usage: bench/run.sh [N ...]          (default 10000; e.g. bench/run.sh 10000 50000)
#   WORK=/tmp/zongjie-bench  where corpora, binaries and outputs go
#   JOBS=N                   workers for segonly and run (default: all CPUs)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/zongjie-bench}
JOBS=${JOBS:-$(nproc)}
mkdir -p "$WORK"
go build -o "$WORK/zongjie" ./cmd/zongjie
go build -o "$WORK/segonly" ./bench/segonly

# measure NAME CMD...: runs CMD under /usr/bin/time -v; sets WALL (s) and RSS (MB).
measure() {
	local name=$1
	shift
	/usr/bin/time -v -o "$WORK/time-$name" "$@" >"$WORK/stdout-$name" 2>"$WORK/stderr-$name" || {
		local rc=$?
		# exit 3 (some files skipped) still measures a complete run
		if [ "$rc" -ne 3 ]; then
			echo "bench: $name failed (exit $rc); see $WORK/stderr-$name" >&2
			tail -5 "$WORK/stderr-$name" >&2
			exit 1
		fi
	}
	WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, p, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + p[i]
		print s }' "$WORK/time-$name")
	RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/time-$name")
	CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/time-$name")
}

row() { # name wall cpu docs mb rss
	awk -v n="$1" -v w="$2" -v c="$3" -v d="$4" -v m="$5" -v r="$6" 'BEGIN {
		ds = (d > 0 && w > 0) ? sprintf("%10.1f", d / w) : sprintf("%10s", "-")
		ms = (m > 0 && w > 0) ? sprintf("%8.2f", m / w) : sprintf("%8s", "-")
		printf "  %-10s %9.2f %9.2f %s %s %8d\n", n, w, c, ds, ms, r }'
}

for N in "${@:-10000}"; do
	CORPUS="$WORK/corpus-$N"
	OUT="$WORK/out-$N"
	if [ ! -d "$CORPUS" ]; then
		go run ./bench/gen -n "$N" -o "$CORPUS"
	fi
	MB=$(find -L "$CORPUS" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
	FILES=$(find -L "$CORPUS" -type f | wc -l)
	ONE=$(find -L "$CORPUS" -type f -name '*等*篇*' | sort | awk 'NR == 1')
	rm -rf "$OUT"
	sync

	measure "segonly-$N" "$WORK/segonly" -j "$JOBS" "$CORPUS"
	SEG_W=$WALL SEG_R=$RSS SEG_C=$CPU
	measure "run-$N" "$WORK/zongjie" run -j "$JOBS" --quiet --cpuprofile "$WORK/cpu-$N.pprof" -o "$OUT" "$CORPUS"
	RUN_W=$WALL RUN_R=$RSS RUN_C=$CPU
	measure "rerun-$N" "$WORK/zongjie" run -j "$JOBS" --quiet -o "$OUT" "$CORPUS"
	RE_W=$WALL RE_R=$RSS RE_C=$CPU
	measure "extract-$N" "$WORK/zongjie" extract --format jsonl "$ONE"
	EX_W=$WALL EX_R=$RSS EX_C=$CPU
	measure "search-$N" "$WORK/zongjie" search --index "$OUT/index.bleve" -n 10 办结率
	SE_W=$WALL SE_R=$RSS SE_C=$CPU
	DOCS=$(wc -l <"$OUT/facts.jsonl")

	echo
	echo "corpus: $N documents generated, $DOCS indexed, $FILES files, $MB MB, $JOBS workers ($(nproc) CPUs)"
	echo "  (wall time depends on what else the machine runs; cpu s = user + system)"
	printf "  %-10s %9s %9s %10s %8s %8s\n" "" "wall s" "cpu s" "docs/s" "MB/s" "RSS MB"
	row segonly "$SEG_W" "$SEG_C" "$DOCS" "$MB" "$SEG_R"
	row run "$RUN_W" "$RUN_C" "$DOCS" "$MB" "$RUN_R"
	row rerun "$RE_W" "$RE_C" "$DOCS" "$MB" "$RE_R"
	row extract "$EX_W" "$EX_C" 0 0 "$EX_R"
	row search "$SE_W" "$SE_C" 0 0 "$SE_R"
	awk -v s="$SEG_W" -v r="$RUN_W" -v sc="$SEG_C" -v rc="$RUN_C" -v re="$RE_W" -v rr="$RUN_R" -v er="$RE_R" -v ex="$EX_W" 'BEGIN {
		t = s / r;  printf "  run/segonly throughput  %6.2f   (target >= 0.33)  %s\n", t, (t >= 0.33 ? "ok" : "MISSED")
		printf "  run/segonly by cpu time %6.2f\n", sc / rc
		u = re / r; printf "  rerun/run wall time     %6.3f   (target <= 0.05)  %s\n", u, (u <= 0.05 ? "ok" : "MISSED")
		m = (rr > er) ? rr : er
		printf "  peak RSS of run         %6d MB (target <= 400)  %s\n", m, (m <= 400 ? "ok" : "MISSED")
		printf "  extract of one file     %6.2f s  (target <= 1)    %s\n", ex, (ex <= 1 ? "ok" : "MISSED") }'
	echo "  profile: go tool pprof -top $WORK/zongjie $WORK/cpu-$N.pprof"
done
