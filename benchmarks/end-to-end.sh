#!/usr/bin/env bash
# Times the published newsnlp CLI end to end: process start, model load, reading, analysis, writing.
#
#   benchmarks/end-to-end.sh [--mode aot|r2r|jit] [--isa native|baseline] [--cli PATH] [--documents N] [--runs R] [--peers] [--work DIR]
#
# 1. generates a JSONL corpus with samples/CorpusGenerator (news-like text written for this project; 1,000 documents of
#    3,000 characters are 616,597 tokens) and the same documents as one plain-text file;
# 2. publishes the CLI: Native AOT (aot, the default where gcc or clang is installed; --isa native compiles for this
#    machine's instruction set, baseline for any x86-64-v2 machine), ReadyToRun (r2r) or plain JIT (jit, what
#    `dotnet tool install` gave before the native tool package); or, with --cli PATH, no publish: PATH is measured (the
#    installed tool: `--cli ~/.dotnet/tools/newsnlp`);
# 3. runs each case R times (default 5) and prints the fastest run's wall time and the largest peak RSS:
#    a one-line JSONL document, `extract --jsonl` on the corpus, `extract` on the plain-text file; the corpus's output
#    is checked to hold one line per entity and to end with a complete line;
# 4. with --peers, runs compromise (benchmarks/peers/compromise, installed with npm) on the same JSONL once and prints
#    how many times faster newsnlp was.
# Output: one line per case: wall time, tokens/s, peak RSS, and the least CPU time (user + system) of the runs, which a
# machine shared with other work inflates less than the wall time.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mode="" isa=native documents=1000 runs=5 peers=0 work="" cli=""
while [ $# -gt 0 ]; do
  case $1 in
    --mode) mode=$2; shift 2 ;;
    --isa) isa=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --documents) documents=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --peers) peers=1; shift ;;
    --work) work=$2; shift 2 ;;
    *) echo "end-to-end.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$mode" ]; then
  # Native AOT links with the platform toolchain and zlib; without them the ReadyToRun publish is the fastest.
  if { command -v gcc > /dev/null || command -v clang > /dev/null; } && [ -f /usr/include/zlib.h ]; then mode=aot; else mode=r2r; fi
fi
work=${work:-$(mktemp -d /tmp/newsnlp-e2e.XXXXXX)}
mkdir -p "$work"
rid=linux-x64
case "$(uname -m)" in aarch64) rid=linux-arm64 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# GNU time reports peak RSS; without it only wall time is measured.
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true > /dev/null 2>&1; then gnu_time=/usr/bin/time; fi

echo "# corpus: $documents documents of 3000 characters (samples/CorpusGenerator)"
dotnet build "$repo/samples/CorpusGenerator" -c Release -v q -nologo > "$work/build-generator.log" 2>&1 \
  || { cat "$work/build-generator.log"; exit 1; }
generator="$repo/samples/CorpusGenerator/bin/Release/net10.0/NewsNlp.Samples.CorpusGenerator.dll"
dotnet "$generator" "$documents" 3000 1 > "$work/corpus.jsonl" 2> "$work/corpus.txt.log"
dotnet "$generator" "$documents" 3000 1 --plain > "$work/corpus.txt" 2> /dev/null
tokens=$(grep -oE '[0-9]+ tokens' "$work/corpus.txt.log" | grep -oE '[0-9]+')
echo "# $(cat "$work/corpus.txt.log")"
printf '%s\n' '{"id":"one","text":"Kenyan President William Ruto met the United Nations envoy in Nairobi yesterday."}' > "$work/one.jsonl"

out="$work/cli-$mode"
if [ -n "$cli" ]; then mode=given; fi
case $mode in
  given) ;;
  aot)
    properties=(-r "$rid" -p:PublishAot=true)
    if [ "$isa" = native ]; then properties+=(-p:IlcInstructionSet=native); fi ;;
  r2r) properties=(-r "$rid" --self-contained false -p:PublishReadyToRun=true) ;;
  jit) properties=() ;;
  *) echo "end-to-end.sh: --mode is aot, r2r or jit" >&2; exit 2 ;;
esac
if [ "$mode" = given ]; then
  [ -x "$cli" ] || { echo "end-to-end.sh: --cli $cli is not an executable" >&2; exit 2; }
  echo "# measuring $cli as it is (no publish)"
else
  label=$mode
  if [ "$mode" = aot ]; then label="aot, isa $isa"; fi
  echo "# publishing the CLI ($label) to $out"
  dotnet publish "$repo/src/NewsNlp.Cli" -c Release "${properties[@]}" -o "$out" > "$work/publish-$mode.log" 2>&1 \
    || { tail -30 "$work/publish-$mode.log"; exit 1; }
  cli="$out/NewsNlp.Cli"
fi

# measure NAME TOKENS COMMAND...: the fastest of $runs runs and the largest peak RSS; output to /dev/null, standard
# input the caller's.
measure() {
  local name=$1 count=$2 best="" rss=0 cpu="" i t m u k start end
  shift 2
  for ((i = 0; i < runs; i++)); do
    if [ -n "$gnu_time" ]; then
      "$gnu_time" -o "$work/time.log" -f '%e %M %U %S' "$@" > /dev/null 2> "$work/stderr.log"
      read -r t m u k < "$work/time.log"
      [ "$m" -gt "$rss" ] && rss=$m
      u=$(awk -v a="$u" -v b="$k" 'BEGIN { printf "%.2f", a + b }')
      if [ -z "$cpu" ] || awk -v a="$u" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then cpu=$u; fi
    else
      start=$(date +%s%N); "$@" > /dev/null 2> "$work/stderr.log"; end=$(date +%s%N)
      t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    fi
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  local rate=- memory=-
  if [ "$count" -gt 0 ]; then rate=$(awk -v n="$count" -v t="$best" 'BEGIN { printf "%.0f", n / t }'); fi
  if [ "$rss" -gt 0 ]; then memory=$((rss / 1024)); fi
  printf '%-28s %8.3f s %12s tokens/s %6s MB  cpu %5s s\n' "$name" "$best" "$rate" "$memory" "${cpu:--}"
  last_wall=$best
}

echo "# $runs runs each: fastest wall time, largest peak RSS"
measure "one-line extract --jsonl" 0 "$cli" extract --jsonl "$work/one.jsonl"
measure "extract --jsonl" "$tokens" "$cli" extract --jsonl "$work/corpus.jsonl"
newsnlp_wall=$last_wall
measure "extract plain text" "$tokens" "$cli" extract "$work/corpus.txt"

# The runs above discard their output; one more run keeps it, so a broken binary cannot pass for a fast one.
"$cli" extract --jsonl "$work/corpus.jsonl" > "$work/corpus.out"
lines=$(wc -l < "$work/corpus.out")
if [ "$lines" -lt "$documents" ] || [ "$(tail -c 1 "$work/corpus.out" | od -An -c | tr -d ' ')" != '\n' ]; then
  echo "end-to-end.sh: extract --jsonl wrote $lines lines for $documents documents" >&2
  exit 1
fi
echo "# extract --jsonl wrote $lines entity lines"

if [ "$peers" = 1 ]; then
  peer="$repo/benchmarks/peers/compromise"
  if ! command -v node > /dev/null; then
    echo "# compromise: skipped (no node)"
  else
    (cd "$peer" && npm ci --no-audit --no-fund --silent) > "$work/npm.log" 2>&1 || { cat "$work/npm.log"; exit 1; }
    runs_saved=$runs runs=1
    measure "compromise (node)" "$tokens" node "$peer/extract.mjs" < "$work/corpus.jsonl"
    runs=$runs_saved
    echo "# newsnlp extract --jsonl is $(awk -v a="$last_wall" -v b="$newsnlp_wall" 'BEGIN { printf "%.0f", a / b }')x faster than compromise on the same input"
  fi
fi
