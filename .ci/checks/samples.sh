#!/usr/bin/env bash
# Builds samples/NewsNlp.Samples.slnx (console app, minimal API and its tests, JSONL folder worker, corpus generator)
# and runs the console app and the worker on inputs of the repository. The API's tests run as tests from .ci/run.
# Usage: samples.sh WORK_DIR
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}
cd "$REPO"
dotnet build samples/NewsNlp.Samples.slnx -c Release > "$work/samples-build.log" 2>&1 \
  || { grep -E 'error|warn' "$work/samples-build.log" | sort -u | tail -20; fail "samples build"; }

dotnet run --project samples/Console -c Release --no-build -- "$REPO/samples/harbour-rail-deal.txt" 2026-11-24 > "$work/console.txt" \
  || fail "the console sample did not run"
head -1 "$work/console.txt"
for type in PERSON ORGANIZATION LOCATION DATE; do grep -q " $type " "$work/console.txt" || fail "the console sample found no $type"; done

out=$work/worker-out
rm -rf "$out"
dotnet run --project samples/Worker -c Release --no-build -- --input "$REPO/samples/Worker/inbox" --output "$out" > "$work/worker.log" 2>&1 \
  || { cat "$work/worker.log"; fail "the worker sample did not run"; }
grep -q 'done: 2 files, 5 documents' "$work/worker.log" || { cat "$work/worker.log"; fail "the worker did not report its progress and end"; }
[ "$(cat "$out"/*.entities.jsonl | wc -l)" -eq 5 ] || fail "the worker wrote $(cat "$out"/*.entities.jsonl | wc -l) result lines, 5 expected"
grep -q '"doc":"m-1","entities":\[{"start":[0-9]*,"end":[0-9]*,"text":"William Ruto","type":"PERSON"' "$out/wire-morning.entities.jsonl" \
  || fail "the worker's result for m-1 lacks William Ruto"
echo "samples: built; the console app found $(grep -c -E " (PERSON|ORGANIZATION|LOCATION|DATE) " "$work/console.txt") entities, the worker wrote $(cat "$out"/*.entities.jsonl | wc -l) result lines"
