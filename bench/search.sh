#!/usr/bin/env bash
# bench/search.sh — cold `zongjie search` on an N-document index, beside
# `grep -rl` over the same source folder; and index size per MB of text.
#
#   bench/search.sh [-n 10000] [-w WORKDIR]
#
# Each search is a new process (cold: nothing cached in the process; the
# OS page cache is dropped first when we may, otherwise it is warm for both
# zongjie and grep alike). Reports the median wall time of 5 runs per query.
set -euo pipefail

n=10000
work=""
while getopts "n:w:" opt; do
	case $opt in
	n) n=$OPTARG ;;
	w) work=$OPTARG ;;
	*) echo "usage: bench/search.sh [-n DOCS] [-w WORKDIR]" >&2; exit 2 ;;
	esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
work=${work:-$(mktemp -d /tmp/zongjie-bench.XXXXXX)}
corpus=$work/corpus
out=$work/out
bin=$work/zongjie
mkdir -p "$work"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
dropcache() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null && echo dropped || echo warm; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

(cd "$root" && go build -o "$bin" ./cmd/zongjie)

if [ ! -d "$corpus" ]; then
	if [ -d "$root/bench/gen" ]; then
		(cd "$root" && go run ./bench/gen -n "$n" -o "$corpus")
	else
		# no generator: copies of the examples with the township and year changed
		mkdir -p "$corpus"
		towns=(拐河镇 青石镇 白塔镇 南湾乡 柳河乡 石门镇 东岗街道 正阳关镇)
		i=0
		while [ $i -lt "$n" ]; do
			for f in "$root"/examples/20*/*.txt; do
				[ $i -lt "$n" ] || break
				t=${towns[$((i % ${#towns[@]}))]}
				y=$((2015 + i % 10))
				sed -e "s/白塔镇\|青石镇\|柳河乡\|南湾乡\|石门镇\|东岗街道/$t/g" -e "s/20[12][0-9]年/${y}年/g" "$f" >"$corpus/$i.txt"
				i=$((i + 1))
			done
		done
	fi
fi

if [ ! -e "$out/index.bleve" ]; then
	t0=$(now)
	"$bin" run -o "$out" "$corpus" 2>"$work/run.log" || true
	t1=$(now)
	echo "build: zongjie run over $n documents: $(ms "$t0" "$t1") ms ($(tail -1 "$work/run.log"))"
fi

index=$(readlink -f "$out/index.bleve")
src_bytes=$(du -sbL "$corpus" | cut -f1)
idx_bytes=$(du -sbL "$index" | cut -f1)
docs=$(wc -l <"$out/facts.jsonl" 2>/dev/null || echo "?")
echo "corpus: $(awk "BEGIN{printf \"%.1f\", $src_bytes/1048576}") MB in $(find "$corpus" -type f | wc -l) files"
echo "index:  $(awk "BEGIN{printf \"%.1f\", $idx_bytes/1048576}") MB = $(awk "BEGIN{printf \"%.2f\", $idx_bytes/$src_bytes}") MB per MB of source text"
echo "page cache: $(dropcache)"
echo
printf "%-45s %10s %10s %8s %8s\n" query "search ms" "grep ms" ratio hits
for q in '办结率' '率' '"视察调研"' 'township:青石镇 满意率' 'year:>=2020 completion_rate:<90' '不存在的词'; do
	# grep's nearest equivalent: the first Chinese word of the query
	g=$( (echo "$q" | grep -o '[^ :"<>=0-9a-z_-]\+' || true) | tail -1)
	g=${g:-办结率} # a filter-only query: grep for the word the metric comes from
	st=(); gt=()
	for _ in 1 2 3 4 5; do
		dropcache >/dev/null
		t0=$(now); "$bin" search --index "$index" -n 10 "$q" >/dev/null 2>&1 || true; t1=$(now)
		st+=("$(ms "$t0" "$t1")")
		dropcache >/dev/null
		t0=$(now); grep -rl "$g" "$corpus" >/dev/null || true; t1=$(now)
		gt+=("$(ms "$t0" "$t1")")
	done
	s=$(printf '%s\n' "${st[@]}" | median)
	gm=$(printf '%s\n' "${gt[@]}" | median)
	hits=$( ("$bin" search --index "$index" --json -n 100000 "$q" 2>/dev/null || true) | wc -l)
	printf "%-45s %10s %10s %8s %8s\n" "$q" "$s" "$gm (${g})" "$(awk "BEGIN{printf \"%.2f\", $s/($gm>0?$gm:1)}")" "$hits"
done
echo
echo "work folder: $work (corpus, out, zongjie); reuse with -w $work"
