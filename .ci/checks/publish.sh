#!/usr/bin/env bash
# Publishes the consumer project of consumer.sh trimmed and self-contained (MODE=trimmed) or as Native AOT (MODE=aot),
# fails on any trim or AOT warning that names a NewsNlp assembly, runs the binary and checks it prints the README's
# output. AOT is skipped where the machine has no native toolchain (clang or gcc, and the zlib headers).
# Usage: publish.sh WORK_DIR trimmed|aot
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}
mode=${2:?trimmed or aot}
app=$work/consumer
[ -f "$app/consumer.csproj" ] && [ -f "$app/expected.txt" ] || fail "run consumer.sh $work first"
rid=linux-x64
case "$(uname -m)" in aarch64) rid=linux-arm64 ;; esac

case "$mode" in
  trimmed) properties=(-p:SelfContained=true -p:PublishTrimmed=true) ;;
  aot)
    if ! command -v clang > /dev/null && ! command -v gcc > /dev/null; then skip "no clang or gcc for Native AOT"; fi
    if [ ! -f /usr/include/zlib.h ]; then skip "no zlib headers (zlib1g-dev) for Native AOT"; fi
    properties=(-p:PublishAot=true) ;;
  *) fail "unknown mode $mode" ;;
esac

out=$work/publish-$mode
rm -rf "$out"
cd "$app"
# Restore for the runtime identifier separately: the publish log then holds only build and link output.
dotnet restore -r "$rid" "${properties[@]}" > "$work/restore-$mode.log" 2>&1 || { cat "$work/restore-$mode.log"; fail "restore for $rid"; }
dotnet publish -c Release -r "$rid" --no-restore "${properties[@]}" -o "$out" > "$work/publish-$mode.log" 2>&1
status=$?
# Each warning is printed once per build step; count distinct ones.
grep -E 'warning (IL|CS)[0-9]+' "$work/publish-$mode.log" | sed 's/ \[.*\]$//' | sort -u > "$work/warnings-$mode.txt"
total=$(grep -c . "$work/warnings-$mode.txt")
ours=$(grep -c -i 'newsnlp' "$work/warnings-$mode.txt")
echo "$mode publish: $total warnings in all, $ours from NewsNlp assemblies"
cat "$work/warnings-$mode.txt"
[ "$status" -eq 0 ] || { tail -30 "$work/publish-$mode.log"; fail "$mode publish failed"; }
[ "$ours" -eq 0 ] || fail "$ours $mode warnings from NewsNlp assemblies"

"$out/consumer" > "$work/actual-$mode.txt" || fail "the $mode binary did not run"
diff <(sed 's/[[:space:]]*$//' "$app/expected.txt") <(sed 's/[[:space:]]*$//' "$work/actual-$mode.txt") \
  || fail "the $mode binary printed something else than the README shows"

# Start-up to exit: the whole quick start (model load, one document), best and median of 5 runs.
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); "$out/consumer" > /dev/null; end=$(date +%s%N)
  times+=($(((end - start) / 1000000)))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
size=$(du -sh "$out" | cut -f1)
echo "$mode binary: runs the quick start in ${sorted%% *} ms best, $(echo "$sorted" | cut -d' ' -f3) ms median of 5 (all: $sorted); publish folder $size"
