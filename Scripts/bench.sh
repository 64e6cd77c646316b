#!/usr/bin/env bash
# Benchmark of `lsready audit` on large cluster dumps, side by side with
# Python's json.load, PyYAML's CSafeLoader and jq on the same files.
#
#   Scripts/bench.sh [--scale F] [--runs N] [--slow-runs N] [--no-linearity] [--no-yaml-peer]
#
# Builds release, generates the inputs once under .bench/ (kept between
# runs: delete .bench/ to regenerate), runs every measurement several times
# and prints medians: wall seconds, CPU seconds (user+sys), MB/s, peak RSS
# (/usr/bin/time -v) and the ratio lsready/peer (Scripts/bench_run.py runs
# each command once and measures it). 1x is ~270 MB of JSON; --scale
# 0.05 runs everything at 5% for a quick check. The machine is shared:
# compare medians, and CPU seconds when wall time is disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${BENCH_SCALE:-1}
runs=${BENCH_RUNS:-5}
slow_runs=${BENCH_SLOW_RUNS:-1}   # PyYAML takes minutes on the 1x YAML
linearity=1
yaml_peer=1
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --slow-runs) slow_runs=$2; shift 2 ;;
        --no-linearity) linearity=0; shift ;;
        --no-yaml-peer) yaml_peer=0; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

# 18,000 pods make ~270 MB of kubectl-style JSON (pods with managedFields,
# env and statuses, plus their Deployments, ReplicaSets, Services...).
base_pods=18000
seed=42
out=.bench
mkdir -p "$out"

# As `make release` builds it: on Linux with the Swift runtime linked in.
static=$([ "$(uname -s)" = Linux ] && echo --static-swift-stdlib || true)
echo "== build (release $static)"
swift build -c release $static 2>&1 | tail -1
bin=$(swift build -c release $static --show-bin-path)
lsready=$bin/lsready
gen=$bin/lsready-gen

pods_for() { python3 -c "import sys; print(max(40, int(round($base_pods * $scale * $1))))"; }

generate() { # multiple format file [extra args]
    local file=$3
    if [ ! -s "$file" ]; then
        local pods; pods=$(pods_for "$1")
        echo "   $file: $pods pods"
        "$gen" --pods "$pods" --seed $seed --format "$2" -o "$file.tmp" "${@:4}" && mv "$file.tmp" "$file"
    fi
}

tag=$(python3 -c "print(('%g' % $scale).replace('.', '_'))")
json1=$out/dump-s$tag-1x.json
yaml1=$out/dump-s$tag-1x.yaml
json2=$out/dump-s$tag-2x.json
json4=$out/dump-s$tag-4x.json
small=$out/namespace.json
values=$out/values.yaml

echo "== generate inputs (seed $seed, scale $scale)"
generate 1 json "$json1"
generate 1 yaml "$yaml1"
if [ $linearity = 1 ]; then
    generate 2 json "$json2"
    generate 4 json "$json4"
fi
[ -s "$small" ] || "$gen" --pods 40 --nodes 120 --seed $seed --namespace-only -o "$small"
[ -s "$values" ] || "$gen" --values -o "$values"

mb() { python3 -c "import os; print('%.1f' % (sum(os.path.getsize(p) for p in '$1'.split()) / 1e6))"; }

results=$out/results.tsv
: > "$results"

# measure LABEL RUNS BYTES_FILES -- COMMAND...
# Appends: label, size MB, runs, median wall s, median cpu s, median peak RSS MB.
measure() {
    local label=$1 count=$2 files=$3; shift 4
    local walls=() cpus=() rsss=() log
    log=$(mktemp)
    for _ in $(seq "$count"); do
        local line status
        line=$(python3 Scripts/bench_run.py "$@" 2> "$log.err")
        status=${line##* }
        # lsready audit exits 1 when the gate fails (expected here); 2 and 3 are errors.
        if [ "$status" -ge 2 ] || [ "$status" -lt 0 ]; then
            echo "bench.sh: '$label' failed (exit $status):" >&2
            head -5 "$log.err" >&2
            exit 1
        fi
        read -r wall cpu rss _ <<< "$line"
        walls+=("$wall")
        cpus+=("$cpu")
        rsss+=("$rss")
    done
    rm -f "$log" "$log.err"
    median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$(mb "$files")" "$count" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" \
        "$(median "${rsss[@]}")" >> "$results"
    printf '   %-28s done\n' "$label"
}

audit() { "$lsready" audit --format json -o /dev/null "$@"; }
export -f audit 2>/dev/null || true

echo "== measure ($runs runs each; PyYAML $slow_runs)"
measure "lsready json 1x" "$runs" "$json1" -- "$lsready" audit --format json -o /dev/null -f "$values" --cluster "$json1"
measure "python json.load 1x" "$runs" "$json1" -- python3 -c "import json, sys; json.load(open(sys.argv[1], 'rb'))" "$json1"
if command -v jq > /dev/null; then
    measure "jq empty 1x" "$runs" "$json1" -- jq empty "$json1"
fi
measure "lsready yaml 1x" "$runs" "$yaml1" -- "$lsready" audit --format json -o /dev/null -f "$values" --cluster "$yaml1"
if [ $yaml_peer = 1 ]; then
    measure "pyyaml CSafeLoader 1x" "$slow_runs" "$yaml1" -- python3 -c "import yaml, sys; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)" "$yaml1"
fi
measure "lsready small case" "$((runs * 2))" "$values $small" -- "$lsready" audit --format json -o /dev/null -f "$values" --cluster "$small"
if [ $linearity = 1 ]; then
    measure "lsready json 2x" "$runs" "$json2" -- "$lsready" audit --format json -o /dev/null -f "$values" --cluster "$json2"
    measure "lsready json 4x" "$runs" "$json4" -- "$lsready" audit --format json -o /dev/null -f "$values" --cluster "$json4"
fi

echo
echo "== results: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   medians of the runs shown; MB/s = file size / median wall time; RSS/file = peak RSS / file size"
python3 - "$results" <<'EOF'
import sys
rows = {}
order = []
for line in open(sys.argv[1]):
    label, size, count, wall, cpu, rss = line.rstrip("\n").split("\t")
    rows[label] = dict(size=float(size), runs=int(count), wall=float(wall), cpu=float(cpu), rss=float(rss))
    order.append(label)
peers = {
    "lsready json 1x": [("python json.load 1x", 8), ("jq empty 1x", None)],
    "lsready yaml 1x": [("pyyaml CSafeLoader 1x", 20)],
}
print(f"{'measurement':28} {'MB':>8} {'runs':>4} {'wall s':>8} {'cpu s':>8} {'MB/s':>8} {'RSS MB':>8} {'RSS/file':>8}")
print(f"{'':28} {'':>8} {'':>4} {'':>8} {'(10 ms)':>8}")
for label in order:
    r = rows[label]
    print(f"{label:28} {r['size']:8.1f} {r['runs']:4d} {r['wall']:8.3f} {r['cpu']:8.3f} {r['size'] / max(r['wall'], 1e-9):8.1f} "
          f"{r['rss']:8.1f} {r['rss'] / r['size']:8.2f}")
print()
print("ratios (peer time / lsready time: how many times faster lsready is)")
for mine, others in peers.items():
    if mine not in rows: continue
    for peer, target in others:
        if peer not in rows: continue
        wall = rows[peer]["wall"] / rows[mine]["wall"]
        cpu = rows[peer]["cpu"] / rows[mine]["cpu"]
        goal = f"  target >= {target}x: {'met' if wall >= target else 'NOT met'}" if target else ""
        print(f"  {mine} vs {peer}: wall {wall:.1f}x, cpu {cpu:.1f}x{goal}")
if "lsready json 1x" in rows:
    r = rows["lsready json 1x"]
    print(f"  lsready json 1x peak RSS / file size: {r['rss'] / r['size']:.2f}  target <= 1.5: {'met' if r['rss'] / r['size'] <= 1.5 else 'NOT met'}")
if "lsready small case" in rows:
    w = rows["lsready small case"]["wall"] * 1000
    print(f"  small case (values + {rows['lsready small case']['size']:.1f} MB namespace dump): {w:.0f} ms  target < 30 ms: {'met' if w < 30 else 'NOT met'}")
if all(k in rows for k in ("lsready json 1x", "lsready json 2x", "lsready json 4x")):
    one = rows["lsready json 1x"]
    print("linearity (relative to 1x; at most 2.0 and 4.0 for linear cost)")
    for k, n in (("lsready json 2x", 2), ("lsready json 4x", 4)):
        r = rows[k]
        print(f"  {n}x: size {r['size'] / one['size']:.2f}, wall {r['wall'] / one['wall']:.2f}, cpu {r['cpu'] / one['cpu']:.2f}, peak RSS {r['rss'] / one['rss']:.2f}")
EOF
