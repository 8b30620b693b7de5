#!/usr/bin/env bash
# bench.sh: go vet, obslint, obslint report and golangci-lint side by side
# on checkouts of real services (docs/performance.md, issue 18).
#
# usage: scripts/bench.sh [-runs N] [-cold] [-warm] [-cases] [-mem] DIR...
#
#   -cold   per tool and run: fresh GOCACHE, OBSLINT_CACHE and
#           GOLANGCI_LINT_CACHE, one cold run, then one warm run on them
#           (the caches are removed afterwards)
#   -warm   warm runs only, on the caches of this environment (GOCACHE as
#           go env says) and a persistent obslint and golangci-lint cache
#           under $BENCH_CACHE (default /tmp/obslint-bench): one unmeasured
#           run primes them, then each run is measured
#   -cases  issue 18's cases on warm caches: a diagnostics-only edit of the
#           convention (obslint -config), the report replayed from the cache
#           and computed again (fresh OBSLINT_CACHE, warm GOCACHE), and, when
#           DIR is a git work tree, a one-file change linted with
#           -new-from-rev HEAD against go vet of the same tree
#   -mem    peak RSS by process: a cold obslint ./... (fresh caches) and a
#           report computed on warm caches, with the process tree sampled
#           every 0.2 s (ps); prints each command's peak, largest first
#   -runs N rounds (default 1); tools alternate their order every round
#
# Tools: $OBSLINT (default: obslint on PATH), $GOLANGCI_LINT (default:
# golangci-lint on PATH; skipped when absent) with promlinter, sloglint,
# loggercheck and spancheck only, what a team would run instead of obslint.
#
# Every measurement is one line:
#   service tool phase run wall_s cpu_s maxrss_MB
# where cpu is user + sys of the whole process tree and maxrss the peak
# RSS of its largest process (getrusage of the children, via
# /usr/bin/time). After all runs, medians per service, phase and tool and
# their ratio to go vet's, wall and CPU. On a shared machine compare CPU
# and ratios, not single wall times.
set -euo pipefail

runs=1 cold=0 warm=0 cases=0 mem=0
while [ $# -gt 0 ]; do
	case "$1" in
	-runs) runs=$2; shift 2 ;;
	-cold) cold=1; shift ;;
	-warm) warm=1; shift ;;
	-cases) cases=1; shift ;;
	-mem) mem=1; shift ;;
	-h|-help|--help) sed -n '2,/^set -e/p' "$0" | sed 's/^# \{0,1\}//;$d'; exit 0 ;;
	-*) echo "bench.sh: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: bench.sh [-runs N] [-cold] [-warm] [-cases] DIR..." >&2; exit 2; }
[ $cold = 1 ] || [ $warm = 1 ] || [ $cases = 1 ] || [ $mem = 1 ] || { cold=1; warm=1; }

OBSLINT=${OBSLINT:-$(command -v obslint || true)}
[ -n "$OBSLINT" ] || { echo "bench.sh: no obslint (set OBSLINT)" >&2; exit 2; }
GOLANGCI_LINT=${GOLANGCI_LINT:-$(command -v golangci-lint || true)}
TIME=/usr/bin/time
[ -x $TIME ] || { echo "bench.sh: needs GNU time at $TIME" >&2; exit 2; }
BENCH_CACHE=${BENCH_CACHE:-/tmp/obslint-bench}
mkdir -p "$BENCH_CACHE"
results=$(mktemp)
gclcfg=$(mktemp --suffix=.yml)
cat >"$gclcfg" <<'YML'
version: "2"
linters:
  default: none
  enable: [promlinter, sloglint, loggercheck, spancheck]
YML
trap 'rm -f "$results" "$gclcfg"' EXIT

tools="vet obslint report"
[ -n "$GOLANGCI_LINT" ] && tools="$tools golangci-lint"
[ -n "$GOLANGCI_LINT" ] || echo "# golangci-lint not found: skipped" >&2

# cmdof TOOL: the command line of a tool.
cmdof() {
	case $1 in
	vet) echo "go vet ./..." ;;
	obslint) echo "$OBSLINT ./..." ;;
	report) echo "$OBSLINT report -format json ./..." ;;
	golangci-lint) echo "$GOLANGCI_LINT run --allow-parallel-runners -c $gclcfg ./..." ;;
	esac
}

# measure SERVICE TOOL PHASE RUN CMD...: runs CMD in the current
# directory and records its line. Exit codes 0 and 1 (findings) count.
measure() {
	local svc=$1 tool=$2 phase=$3 run=$4; shift 4
	local tf; tf=$(mktemp)
	set +e
	$TIME -f "%e %U %S %M" -o "$tf" "$@" >/dev/null 2>"$tf.err"
	local rc=$?
	set -e
	if [ $rc -gt 1 ]; then
		echo "# $svc $tool $phase: exit $rc: $(tail -3 "$tf.err" | tr '\n' ' ')" >&2
	fi
	local line; line=$(tail -1 "$tf")
	rm -f "$tf" "$tf.err"
	read -r wall user sys rss <<<"$line"
	printf '%s %s %s %s %.2f %.2f %.0f\n' "$svc" "$tool" "$phase" "$run" "$wall" \
		"$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" | tee -a "$results"
}

# peaks SERVICE WHAT CMD...: runs CMD with its process tree sampled and
# prints the peak RSS of each command in it (the vet tool runs once per
# package; its line is the largest of them).
peaks() {
	local svc=$1 what=$2; shift 2
	local samples; samples=$(mktemp)
	"$@" >/dev/null 2>&1 &
	local root=$!
	while kill -0 $root 2>/dev/null; do
		# Descendants of root: walk ppid links of one ps snapshot.
		ps -eo pid=,ppid=,rss=,comm= | awk -v root=$root '
			{ pid[NR] = $1; ppid[NR] = $2; rss[NR] = $3; comm[NR] = $4; n = NR }
			END {
				in_tree[root] = 1
				do { changed = 0
					for (i = 1; i <= n; i++) if (!(pid[i] in in_tree) && (ppid[i] in in_tree)) { in_tree[pid[i]] = 1; changed = 1 }
				} while (changed)
				for (i = 1; i <= n; i++) if (pid[i] in in_tree) print comm[i], rss[i]
			}' >>"$samples"
		sleep 0.2
	done
	wait $root || true
	awk -v svc="$svc" -v what="$what" '$2 > peak[$1] { peak[$1] = $2 } END { for (c in peak) printf "%s %s peak-rss %s %.0f MB\n", svc, what, c, peak[c] / 1024 }' "$samples" | sort -k5,5nr | head -8
	rm -f "$samples"
}

# order RUN: the tools, reversed every other round.
order() {
	if [ $(($1 % 2)) = 1 ]; then echo $tools; else echo $tools | tr ' ' '\n' | tac | tr '\n' ' '; fi
}

for dir in "$@"; do
	dir=$(cd "$dir" && pwd)
	svc=$(basename "$dir")
	cd "$dir"
	lines=$(find . -name '*.go' -not -path './vendor/*' -not -name '*_test.go' -print0 | xargs -0 cat | wc -l)
	echo "# $svc: $dir, $lines lines of Go (no tests, no vendor), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

	if [ $cold = 1 ]; then
		for r in $(seq "$runs"); do
			for tool in $(order "$r"); do
				c=$(mktemp -d "$BENCH_CACHE/cold.XXXX")
				export GOCACHE=$c/go OBSLINT_CACHE=$c/obslint GOLANGCI_LINT_CACHE=$c/gcl
				measure "$svc" "$tool" cold "$r" $(cmdof "$tool")
				measure "$svc" "$tool" warm-after-cold "$r" $(cmdof "$tool")
				unset GOCACHE OBSLINT_CACHE GOLANGCI_LINT_CACHE
				chmod -R u+w "$c" 2>/dev/null || true
				rm -rf "$c"
			done
		done
	fi

	if [ $mem = 1 ]; then
		c=$(mktemp -d "$BENCH_CACHE/mem.XXXX")
		GOCACHE=$c/go OBSLINT_CACHE=$c/obslint peaks "$svc" "obslint-cold" "$OBSLINT" ./...
		OBSLINT_CACHE=$c/obslint2 peaks "$svc" "report-computed" "$OBSLINT" report -format json ./...
		chmod -R u+w "$c" 2>/dev/null || true
		rm -rf "$c"
	fi

	export OBSLINT_CACHE=$BENCH_CACHE/obslint GOLANGCI_LINT_CACHE=$BENCH_CACHE/gcl
	if [ $warm = 1 ]; then
		for tool in $tools; do $(cmdof "$tool") >/dev/null 2>&1 || true; done # prime
		for r in $(seq "$runs"); do
			for tool in $(order "$r"); do
				measure "$svc" "$tool" warm "$r" $(cmdof "$tool")
			done
		done
	fi

	if [ $cases = 1 ]; then
		conv=$(mktemp -d)
		printf 'version: 1\nmetrics:\n  namespace: bench\n' >"$conv/obslint.yml"
		go vet ./... >/dev/null 2>&1 || true
		"$OBSLINT" -config "$conv/obslint.yml" ./... >/dev/null 2>&1 || true
		"$OBSLINT" report -format json ./... >/dev/null 2>&1 || true
		for r in $(seq "$runs"); do
			measure "$svc" vet warm "$r" go vet ./...
			# A diagnostics-only edit: the module's packages are analysed
			# again, every dependency's facts replayed.
			printf 'version: 1\nmetrics:\n  namespace: bench%s\nlogs:\n  key_case: camel\n' "$r" >"$conv/obslint.yml"
			measure "$svc" obslint convention-edit "$r" "$OBSLINT" -config "$conv/obslint.yml" ./...
			measure "$svc" report report-replayed "$r" "$OBSLINT" report -format json ./...
			OBSLINT_CACHE=$conv/fresh-$r measure "$svc" report report-computed "$r" "$OBSLINT" report -format json ./...
		done
		rm -rf "$conv"
		if git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
			# One file changed: a function added to the first non-test
			# file of the module's root package, or of BENCH_PR_FILE.
			f=${BENCH_PR_FILE:-$(git ls-files '*.go' | grep -v _test.go | grep -v '^vendor/' | head -1)}
			for r in $(seq "$runs"); do
				printf '\nfunc benchPR%s() int { return %s }\n' "$r" "$r" >>"$f"
				measure "$svc" vet pr-one-file "$r" go vet ./...
				git checkout -q -- "$f"
				printf '\nfunc benchPR%s() int { return %s }\n' "$r" "$r" >>"$f"
				measure "$svc" obslint pr-one-file "$r" "$OBSLINT" -new-from-rev HEAD ./...
				git checkout -q -- "$f"
			done
		fi
	fi
	unset OBSLINT_CACHE GOLANGCI_LINT_CACHE
	cd - >/dev/null
done

echo
echo "# medians (wall s / CPU s / peak RSS MB of the largest process) and ratios to go vet in the same phase"
sort -k1,1 -k3,3 -k2,2 "$results" | awk '
function median(list,   n, a, i, t) {
	n = split(list, a, ",")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	k = $1 " " $3 " " $2
	w[k] = w[k] (w[k] == "" ? "" : ",") $5
	c[k] = c[k] (c[k] == "" ? "" : ",") $6
	m[k] = m[k] (m[k] == "" ? "" : ",") $7
	if (!(k in seen)) { seen[k] = 1; keys[++nk] = k }
}
END {
	printf "%-14s %-16s %-14s %9s %9s %8s %10s %10s\n", "service", "phase", "tool", "wall", "cpu", "rss", "wall/vet", "cpu/vet"
	for (i = 1; i <= nk; i++) {
		split(keys[i], p, " ")
		vk = p[1] " " p[2] " vet"
		if (p[2] == "convention-edit" || p[2] == "report-replayed" || p[2] == "report-computed") vk = p[1] " warm vet"
		if (p[2] == "convention-edit" && (p[1] " cold vet") in w) vk = p[1] " cold vet"
		wr = "-"; cr = "-"
		if (vk in w) { wr = sprintf("%.2f", median(w[keys[i]]) / median(w[vk])); cr = sprintf("%.2f", median(c[keys[i]]) / median(c[vk])) }
		printf "%-14s %-16s %-14s %9.2f %9.2f %8.0f %10s %10s\n", p[1], p[2], p[3], median(w[keys[i]]), median(c[keys[i]]), median(m[keys[i]]), wr, cr
	}
}'
