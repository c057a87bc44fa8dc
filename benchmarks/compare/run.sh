#!/usr/bin/env bash
# Whole-process timing of AnalyzeArticle (JSON written to a file) beside wink-nlp (tokens, sentences, POS, entities,
# sentiment) on the same input, same machine, same run: the source text repeated COPIES times.
# Usage: [AOT=1] benchmarks/compare/run.sh [COPIES=1000] [RUNS=3] [-- extra AnalyzeArticle options]
set -euo pipefail
cd "$(dirname "$0")"
copies=${1:-1000}
runs=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")

command -v node >/dev/null || { echo "compare: node is required (apt-get install nodejs npm)" >&2; exit 2; }
[ -d node_modules/wink-nlp ] || npm install --no-audit --no-fund --silent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Published as a user deploys a console tool: ReadyToRun (precompiled, so the short process does not spend its time
# in the JIT), framework-dependent, for this machine's runtime identifier.
case "$(uname -m)" in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
# AOT=1 publishes a Native AOT executable instead (no runtime start-up, no JIT; same output).
if [ "${AOT:-0}" = "1" ]; then
  dotnet publish ../../samples/AnalyzeArticle -c Release -r "$rid" -p:PublishAot=true \
    -o "$work/AnalyzeArticle" --nologo -v quiet >/dev/null
  ours=("$work/AnalyzeArticle/AnalyzeArticle")
else
  dotnet publish ../../samples/AnalyzeArticle -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$work/AnalyzeArticle" --nologo -v quiet >/dev/null
  ours=(dotnet "$work/AnalyzeArticle/AnalyzeArticle.dll")
fi
input="$work/input.txt"
for ((i = 0; i < copies; i++)); do cat ../../samples/AnalyzeArticle/pakistan-afghanistan-rift.txt; printf '\n\n'; done > "$input"
echo "input: $(wc -c < "$input") bytes (source text x $copies)"

measure() { # name, command...: prints "seconds peak_kb" per run
  local name=$1; shift
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null
    read -r seconds kb < "$work/time"
    echo "$name $seconds $kb"
  done
}

{
  measure ours "${ours[@]}" "$input" --format json --output "$work/ours.json" "${extra[@]}"
  measure wink node wink.js "$input"
} > "$work/times"

summary() { # name -> "min median peak_mb"
  awk -v n="$1" '$1 == n { print $2, $3 }' "$work/times" | sort -n | awk '
    { t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.2f %.2f %.0f\n", t[1], t[int((NR + 1) / 2)], m / 1024 }'
}
read -r ours_min ours_median ours_mb <<< "$(summary ours)"
read -r wink_min wink_median wink_mb <<< "$(summary wink)"
printf '%-20s %8s %8s %8s\n' "" "min s" "median s" "peak MB"
printf '%-20s %8s %8s %8s\n' "AnalyzeArticle" "$ours_min" "$ours_median" "$ours_mb"
printf '%-20s %8s %8s %8s\n' "wink-nlp" "$wink_min" "$wink_median" "$wink_mb"
awk -v w="$wink_min" -v o="$ours_min" 'BEGIN { printf "ratio wink / ours (best of runs): %.2f\n", w / o }'
