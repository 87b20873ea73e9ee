#!/usr/bin/env bash
# Checks that an unpacked package's metadata tells the same licence story as the NOTICE files of the models it carries
# or brings in: description, tags, licence expression or file, and the package README. Prints one line per problem and
# exits with the number of problems (0: all agree). pack.sh runs it on every package it builds.
# Usage: package-metadata.sh UNPACKED_PACKAGE_DIR PACKAGE_ID
set -uo pipefail
dir=${1:?unpacked package dir} id=${2:?package id}
nuspec=$dir/$id.nuspec
problems=0
problem() { echo "  problem: $id: $*"; problems=$((problems + 1)); }
[ -f "$nuspec" ] || { problem "no $id.nuspec"; exit 1; }
field() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$nuspec" | head -1; }
description=$(field description)
tags=$(field tags)
readme=$dir/$(field readme)
[ -f "$readme" ] || { problem "no package README"; readme=/dev/null; }
licence_expression=$(sed -n 's:.*<license type="expression">\(.*\)</license>.*:\1:p' "$nuspec")
licence_file=$(sed -n 's:.*<license type="file">\(.*\)</license>.*:\1:p' "$nuspec")

# Which models the package carries (a NOTICE, or a model inside: an assembly, or a native binary of the tool) or brings
# in (a dependency on the model package).
research=0 open=0
if [ -f "$dir/NOTICE" ] && grep -q -i 'research and evaluation use only\|for research and evaluation use' "$dir/NOTICE"; then research=1; fi
if [ -f "$dir/NOTICE" ] && head -1 "$dir/NOTICE" | grep -q '^NewsNlp.Models.English: ' && grep -q 'CC BY-SA 4.0' "$dir/NOTICE"; then open=1; fi
grep -q '<dependency id="NewsNlp.Models.English" ' "$nuspec" && open=1
# The tool (every build of it) carries both models: the open one by default and the research one for --model research.
case "$id" in NewsNlp.Cli|NewsNlp.Cli.*) research=1 open=1 ;; esac
only_research=0
[ "$id" = NewsNlp.Models.English.Research ] && only_research=1

# A research-only statement belongs to the research model alone: in any other package every sentence that says
# "research use only" (or research-only, non-commercial) must name the research model.
research_terms='research[- ]only|research (and evaluation )?use only|non-commercial|not licensed for commercial'
names_research_model='research model|Models\.English\.Research|--model research|research-only model|\*\*research-only\*\* model'
stray_research_claims() { # TEXT: the sentences that make a research-only claim without naming the research model
  printf '%s\n' "$1" | tr '\n' ' ' | sed 's/\([.;]\) /\1\n/g' | grep -i -E "$research_terms" | grep -v -i -E "$names_research_model"
}
if [ "$only_research" -eq 0 ]; then
  stray=$(stray_research_claims "$description")
  [ -z "$stray" ] || problem "the description says research-only without naming the research model: $stray"
  stray=$(stray_research_claims "$(cat "$readme")")
  [ -z "$stray" ] || problem "the README says research-only without naming the research model: $stray"
  printf '%s' "$tags" | grep -q -i -E 'research|commercial' && problem "tags '$tags' speak of research-only terms"
fi

# Each model's own licence is stated where the package carries or brings it.
if [ "$open" -eq 1 ]; then
  printf '%s' "$description" | grep -q 'CC BY-SA 4.0' || problem "carries or brings the CC BY-SA 4.0 model but the description does not say so"
  grep -q 'CC BY-SA 4.0' "$readme" || problem "carries or brings the CC BY-SA 4.0 model but its README does not say so"
fi
if [ "$research" -eq 1 ]; then
  printf '%s' "$description" | grep -q -i 'research and evaluation use only' || problem "carries the research model but the description does not say 'research and evaluation use only'"
  grep -q -i 'research and evaluation use only' "$readme" || problem "carries the research model but its README does not say 'research and evaluation use only'"
fi
if [ "$only_research" -eq 1 ]; then
  printf '%s' "$tags" | grep -q 'research-only' || problem "the research model's tags do not say research-only"
elif [ "$id" = NewsNlp.Models.English ]; then
  printf '%s' "$tags" | grep -q 'cc-by-sa-4.0' || problem "the open model's tags do not name cc-by-sa-4.0"
fi

# The licence: a licence file that states the research-only terms where a research model is inside; the CC BY-SA 4.0
# expression for the open model's own package; MIT for code-only packages (a package that only depends on the model
# package is code: the model comes with its own licence).
if [ "$research" -eq 1 ]; then
  if [ -z "$licence_file" ]; then problem "carries the research model but its licence is the expression '$licence_expression'"
  elif ! grep -q 'RESEARCH AND EVALUATION USE ONLY' "$dir/$licence_file"; then problem "$licence_file does not state the research-only terms"
  elif [ "$open" -eq 1 ] && ! grep -q 'CC BY-SA 4.0' "$dir/$licence_file"; then problem "$licence_file does not give the open model's CC BY-SA 4.0 licence"
  fi
elif [ -f "$dir/NOTICE" ] && [ "$open" -eq 1 ]; then
  [ "$licence_expression" = CC-BY-SA-4.0 ] || problem "NOTICE says CC BY-SA 4.0 but the licence is '$licence_expression$licence_file'"
else
  [ "$licence_expression" = MIT ] || problem "code only, but the licence is '$licence_expression$licence_file' rather than MIT"
fi
exit "$problems"
