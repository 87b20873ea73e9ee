#!/usr/bin/env bash
# Fuzzes one target with afl-fuzz for a number of seconds, then prints what it measured. See README.md.
#   fuzz/NewsNlp.Fuzz/fuzz.sh <tokenizer|dates|jsonl|model|dictionary|patterns|conll|news-set|timeml> <seconds> [executions]
# With an execution count, the run stops after that many executions (afl-fuzz -E) or after the seconds, whichever is first.
set -euo pipefail
target=${1:?target: tokenizer, dates, jsonl, model, dictionary, patterns, conll, news-set or timeml}
seconds=${2:-600}
executions=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/artifacts/fuzz"
bin="$work/$target/bin"
case "$target" in
  tokenizer | dates) dict=text.dict ;;
  jsonl) dict=jsonl.dict ;;
  model) dict=model.dict ;;
  dictionary) dict=jsonl.dict ;;
  patterns) dict=patterns.dict ;;
  conll) dict=conll.dict ;;
  news-set) dict=news-set.dict ;;
  timeml) dict=timeml.dict ;;
  *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

# AFL++ comes from Debian's archive; as root the script installs it, otherwise it says what to run.
if ! command -v afl-fuzz > /dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
    echo "installing Debian's afl++" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends afl++ > /dev/null \
      || { apt-get update > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends afl++ > /dev/null; }
  fi
  command -v afl-fuzz > /dev/null || { echo "afl-fuzz is missing: as root, apt-get install afl++" >&2; exit 2; }
fi

# A fresh published copy is instrumented in place, so the normal build output (used by the tests) stays uninstrumented.
rm -rf "$bin"
dotnet publish "$root/fuzz/NewsNlp.Fuzz" -c Release -o "$bin" --nologo -v quiet
(cd "$root/fuzz/NewsNlp.Fuzz" && dotnet tool restore >/dev/null)
for dll in NewsNlp.dll NewsNlp.Cli.dll NewsNlp.Training.dll; do
  (cd "$root/fuzz/NewsNlp.Fuzz" && dotnet tool run sharpfuzz "$bin/$dll")
done

# Seeds are the top-level files of tests/fuzz/<target>/; crashes/ holds known failures, not starting points.
input="$work/$target/in"
output="$work/$target/out"
rm -rf "$input" "$output"
mkdir -p "$input"
find "$root/tests/fuzz/$target" -maxdepth 1 -type f -exec cp {} "$input/" \;

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -i "$input" -o "$output" -V "$seconds" ${executions:+-E "$executions"} -t 10000 -m none -x "$root/fuzz/NewsNlp.Fuzz/dictionaries/$dict" \
  -- dotnet "$bin/NewsNlp.Fuzz.dll" "$target" || true

stats="$output/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|edges_found)' "$stats"
