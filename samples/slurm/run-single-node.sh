#!/usr/bin/env bash
# Runs newsnlp as a Slurm job array on this machine and checks it against a single process:
#   1. installs Debian's slurm-wlm if it is missing (apt-get, as root);
#   2. starts munged, slurmctld and slurmd for a one-node cluster with its own configuration, ports and state folder;
#   3. generates a JSONL corpus with samples/CorpusGenerator (news-like text written for this project);
#   4. runs `newsnlp extract --jsonl` once over the whole corpus, then submits extract-array.sbatch with
#      `sbatch --wait --array=0-(TASKS-1)`;
#   5. checks that the tasks' outputs, merged by document id, equal the single run line for line;
#   6. stops the daemons it started (also on failure or interrupt) and prints run times and tokens/s.
#
# Usage (as root, from anywhere): samples/slurm/run-single-node.sh
#   DOCUMENTS=20000 CHARACTERS=3000 TASKS=4   corpus size and array size
#   NEWSNLP=/path/to/newsnlp                  the command to test (default: the CLI built from this clone)
#   WORK=/tmp/dir                             where the corpus, outputs and daemon state go (default: a new temp folder)
# Exit code: 0 equal, 1 failure, 77 skipped (not root, or slurm-wlm cannot be installed).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
documents=${DOCUMENTS:-20000}
characters=${CHARACTERS:-3000}
tasks=${TASKS:-4}
if [ -n "${WORK:-}" ]; then work=$WORK; own_work=0; else work=$(mktemp -d /tmp/newsnlp-slurm.XXXXXX); own_work=1; fi
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "slurm: $*"; }
fail() { echo "slurm: FAIL: $*" >&2; exit 1; }
skip() { echo "slurm: SKIP: $*" >&2; exit 77; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install and start Slurm"

# 1. Install.
if ! command -v slurmctld > /dev/null || ! command -v slurmd > /dev/null || ! command -v munged > /dev/null; then
  command -v apt-get > /dev/null || skip "slurm-wlm is not installed and there is no apt-get"
  log "installing slurm-wlm"
  t0=$(now)
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends slurm-wlm > "$work/apt.log" 2>&1 \
    || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq --no-install-recommends slurm-wlm >> "$work/apt.log" 2>&1; } \
    || { tail -5 "$work/apt.log"; skip "apt-get could not install slurm-wlm"; }
  log "installed slurm-wlm in $(seconds "$t0" "$(now)") s"
fi

# 2. Start a one-node cluster. Everything it writes stays in $work; the ports are not Slurm's defaults, so a real
# cluster's daemons on this machine are left alone.
state=$work/state
mkdir -p "$state/ctld" "$state/d" "$work/out"
started=()
stop_daemons() {
  for name in slurmd slurmctld munged; do
    local pidfile=$state/$name.pid
    [[ " ${started[*]:-} " == *" $name "* ]] && [ -f "$pidfile" ] || continue
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2> /dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2> /dev/null && kill -9 "$pid" 2> /dev/null
  done
  started=()
}
finish() {
  local status=$?
  stop_daemons
  # A temporary folder is removed after a success and kept, for its logs, after a failure.
  if [ "$own_work" -eq 1 ] && [ "$status" -eq 0 ]; then rm -rf "$work"; elif [ "$status" -ne 0 ]; then echo "slurm: logs in $work" >&2; fi
}
trap finish EXIT
trap 'exit 130' INT TERM

host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
export SLURM_CONF=$work/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=newsnlp-check
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
SlurmdTimeout=30
NodeName=newsnlp-node NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=check Nodes=newsnlp-node Default=YES MaxTime=INFINITE State=UP
CONF

t0=$(now)
if ! munge -n > /dev/null 2>&1; then
  mkdir -p /run/munge && chown munge:munge /run/munge
  # munged runs as its own user, which cannot enter $work: its pid file stays in /run/munge.
  runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/newsnlp-check.pid || fail "munged did not start"
  cp /run/munge/newsnlp-check.pid "$state/munged.pid"
  started+=(munged)
  for _ in $(seq 50); do munge -n > /dev/null 2>&1 && break; sleep 0.1; done
  munge -n > /dev/null 2>&1 || fail "munge does not answer"
fi
slurmctld -f "$SLURM_CONF" -i || fail "slurmctld did not start (log: $state/slurmctld.log)"
started+=(slurmctld)
slurmd -f "$SLURM_CONF" -N newsnlp-node || fail "slurmd did not start (log: $state/slurmd.log)"
started+=(slurmd)
for _ in $(seq 120); do
  [ "$(sinfo -h -n newsnlp-node -o %T 2> /dev/null)" = "idle" ] && break
  sleep 0.5
done
[ "$(sinfo -h -n newsnlp-node -o %T 2> /dev/null)" = "idle" ] \
  || { tail -5 "$state/slurmctld.log" "$state/slurmd.log"; fail "the node did not become idle"; }
log "munged, slurmctld and slurmd up in $(seconds "$t0" "$(now)") s ($cpus CPUs, partition 'check')"

# 3. The command under test and the corpus.
if [ -z "${NEWSNLP:-}" ]; then
  dotnet build "$repo/src/NewsNlp.Cli" -c Release -v q -nologo > "$work/build.log" 2>&1 || fail "cannot build the CLI"
  NEWSNLP=$work/newsnlp
  printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$repo/src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll" > "$NEWSNLP"
  chmod +x "$NEWSNLP"
fi
"$NEWSNLP" --version | sed 's/^/slurm: /'
generator=$repo/samples/CorpusGenerator/bin/Release/net10.0/NewsNlp.Samples.CorpusGenerator.dll
if [ ! -f "$generator" ]; then
  dotnet build "$repo/samples/CorpusGenerator" -c Release -v q -nologo > "$work/build-generator.log" 2>&1 || fail "cannot build the corpus generator"
fi
dotnet "$generator" "$documents" "$characters" > "$work/corpus.jsonl" 2> "$work/corpus.txt" || fail "corpus generator"
tokens=$(awk '{ print $5 }' "$work/corpus.txt")
log "corpus: $(cat "$work/corpus.txt"), $(du -h "$work/corpus.jsonl" | cut -f1)"

# 4. One process over the whole corpus, then the job array.
t0=$(now)
"$NEWSNLP" extract --jsonl "$work/corpus.jsonl" > "$work/single.jsonl" || fail "single run of newsnlp extract"
single=$(seconds "$t0" "$(now)")

t0=$(now)
(cd "$work/out" && timeout 600 sbatch --wait --quiet --array=0-$((tasks - 1)) \
  --export=ALL,INPUT="$work/corpus.jsonl",OUTPUT_DIR="$work/out",NEWSNLP="$NEWSNLP" "$here/extract-array.sbatch") \
  || { tail -n 5 "$work"/out/*.log; fail "sbatch --wait reported a failed array task"; }
array=$(seconds "$t0" "$(now)")

# 5. Merge by document id: each document's lines come from one task, in order, so a stable sort on the "doc" field
# rebuilds the single run's order (the generator's ids increase with the line number).
for i in $(seq 0 $((tasks - 1))); do [ -s "$work/out/part-$i.jsonl" ] || fail "task $i wrote no entities"; done
for i in $(seq 0 $((tasks - 1))); do cat "$work/out/part-$i.jsonl"; done | LC_ALL=C sort -s -t, -k1,1 > "$work/merged.jsonl"
if ! cmp -s "$work/merged.jsonl" "$work/single.jsonl"; then
  diff "$work/merged.jsonl" "$work/single.jsonl" | head -5
  fail "the shards' entities differ from the single run's"
fi
lines=$(wc -l < "$work/single.jsonl")
log "equal: $tasks shards and the single run give the same $lines entity lines"

task_times=$(for f in "$work"/out/part-*.seconds; do awk '{ printf "%.2f ", $2 - $1 }' "$f"; done)
span=$(cat "$work"/out/part-*.seconds | awk 'NR == 1 || $1 < a { a = $1 } NR == 1 || $2 > b { b = $2 } END { printf "%.2f", b - a }')
rate() { awk -v t="$tokens" -v s="$1" 'BEGIN { printf "%.2f M", t / s / 1e6 }'; }
log "single process: $single s, $(rate "$single") tokens/s"
log "job array, $tasks tasks of 1 CPU on $cpus CPUs: first task start to last task end $span s, $(rate "$span") tokens/s; tasks ${task_times}s"
log "job array, sbatch to the return of --wait (scheduling and --wait's polling included): $array s, $(rate "$array") tokens/s"
