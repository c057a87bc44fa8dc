#!/usr/bin/env bash
# Whole-process throughput: local AnalyzeCorpus (all cores, one process) beside AnalyzeCorpus --cluster on a
# two-silo localhost cluster on the same machine. Each run is a fresh client process timed from start to exit
# (reading, analysis, results.jsonl, summary); the silos are started once, as a service would be, and get one
# untimed warm-up run. Runs alternate between the two modes so that drift in the machine's load hits both alike.
#
#   benchmarks/cluster/run.sh                 # 1,000 documents (the 40 commentary texts repeated), 5 runs each
#   DOCS=2000 RUNS=7 benchmarks/cluster/run.sh
#   SILOS=3 benchmarks/cluster/run.sh         # more silos (ports 11111.. and 30000..)
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${DOCS:-1000}
RUNS=${RUNS:-5}
SILOS=${SILOS:-2}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build PolicyTextAnalysis.sln -c Release -v quiet -nologo >/dev/null
corpus_tool=samples/AnalyzeCorpus/bin/Release/net10.0/AnalyzeCorpus.dll
silo_tool=samples/CorpusSilo/bin/Release/net10.0/CorpusSilo.dll

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# The corpus: the 40 commentary texts, repeated to DOCS files.
mkdir -p "$work/corpus"
mapfile -t texts < <(ls eval/commentary/texts/*.txt | sort)
for ((i = 0; i < DOCS; i++)); do
  cp "${texts[$((i % ${#texts[@]}))]}" "$work/corpus/$(printf '%05d' "$i").txt"
done
tokens_note="$(du -sh "$work/corpus" | cut -f1) of text"

# Silos sharing one machine share its cores: each runs cores / SILOS analyses at once (at least one), as the local
# run uses one thread per core.
per_silo=$(( $(nproc) / SILOS )); [ "$per_silo" -ge 1 ] || per_silo=1
gateways=()
for ((s = 0; s < SILOS; s++)); do
  log="$work/silo$s.log"
  Cluster__SiloPort=$((11111 + s)) Cluster__GatewayPort=$((30000 + s)) Cluster__PrimarySiloPort=11111 Cluster__AnalysesAtOnce=$per_silo \
    dotnet "$silo_tool" >"$log" 2>&1 &
  pids+=($!)
  for ((t = 0; t < 120; t++)); do grep -q "CorpusSilo ready" "$log" && break; sleep 0.5; done
  grep -q "CorpusSilo ready" "$log" || { echo "silo $s did not start:" >&2; cat "$log" >&2; exit 1; }
  gateways+=("Cluster__GatewayPorts__$s=$((30000 + s))")
done

run_local() { dotnet "$corpus_tool" "$work/corpus" -o "$work/out" --quiet >/dev/null; }
run_cluster() { env "${gateways[@]}" dotnet "$corpus_tool" "$work/corpus" -o "$work/out" --quiet --cluster >/dev/null; }
timed() {
  rm -rf "$work/out"
  local start end
  start=$(date +%s.%N); "$@"; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$DOCS" 'BEGIN { printf "%.1f\n", n / (e - s) }'
}

timed run_cluster >/dev/null   # warm-up of the long-lived silos, not counted
local_rates=(); cluster_rates=()
for ((r = 1; r <= RUNS; r++)); do
  local_rates+=("$(timed run_local)")
  cluster_rates+=("$(timed run_cluster)")
  echo "run $r: local ${local_rates[-1]} docs/s, cluster (${SILOS} silos) ${cluster_rates[-1]} docs/s" >&2
done

stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "min %.1f  median %.1f  max %.1f", v[1], m, v[NR] }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "documents: $DOCS ($tokens_note), runs: $RUNS, cores: $(nproc)"
echo "local AnalyzeCorpus (docs/s, whole process):     $(stats "${local_rates[@]}")"
echo "cluster, $SILOS silos (docs/s, whole client process): $(stats "${cluster_rates[@]}")"
awk -v c="$(median "${cluster_rates[@]}")" -v l="$(median "${local_rates[@]}")" 'BEGIN { printf "cluster / local (medians): %.3f\n", c / l }'
