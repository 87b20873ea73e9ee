#!/usr/bin/env bash
# The tool package as a user installs it: `dotnet tool install --tool-path` from artifacts/packages, then the installed
# `newsnlp` prints its usage and versions and extracts entities from the sample article, as text and as JSONL.
# Usage: tool.sh WORK_DIR   (WORK_DIR/tool/newsnlp is left for the Slurm check)
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}
tools=$work/tool
rm -rf "$tools"
# A folder with no nuget.config above it, so that only the command line names the package folder.
install_dir=$(mktemp -d)
trap 'rm -rf "$install_dir"' EXIT
forget_cached_newsnlp

# The tool id must differ from the library's ignoring case: NuGet ids are case-insensitive.
tool_id=$(sed -n 's:.*<PackageId>\(.*\)</PackageId>.*:\1:p' "$REPO/src/NewsNlp.Cli/NewsNlp.Cli.csproj")
[ -n "$tool_id" ] && [ "${tool_id,,}" != "newsnlp" ] || fail "tool package id '$tool_id' must differ from NewsNlp ignoring case"

(cd "$install_dir" && dotnet tool install --tool-path "$tools" --add-source "$PACKAGES" "$tool_id" --version "$VERSION") \
  || fail "dotnet tool install $tool_id"
newsnlp=$tools/newsnlp
[ -x "$newsnlp" ] || fail "the tool installed no newsnlp command"

"$newsnlp" --help > "$work/help.txt" || fail "newsnlp --help"
grep -A1 '^Usage:' "$work/help.txt" | grep -q '^  newsnlp ' || fail "newsnlp --help does not show 'Usage: newsnlp'"
"$newsnlp" --version > "$work/version.txt" || fail "newsnlp --version"
cat "$work/version.txt"
grep -q "^newsnlp $VERSION" "$work/version.txt" && grep -q "^NewsNlp $VERSION" "$work/version.txt" \
  && grep -q "^model .*NewsNlp.Models.English $VERSION" "$work/version.txt" || fail "newsnlp --version lacks a version line"

sample=$REPO/samples/harbour-rail-deal.txt
"$newsnlp" extract "$sample" --reference-date 2026-11-24 > "$work/extract.jsonl" || fail "newsnlp extract"
for type in PERSON ORGANIZATION LOCATION DATE; do
  grep -q "\"type\":\"$type\"" "$work/extract.jsonl" || fail "newsnlp extract found no $type in the sample article"
done
printf '{"id":"a","text":"Kenyan President William Ruto met the United Nations envoy in Nairobi yesterday.","date":"2026-11-24"}\n' \
  | "$newsnlp" extract --jsonl - > "$work/extract-jsonl.jsonl" || fail "newsnlp extract --jsonl"
grep -q '"doc":"a".*"text":"William Ruto"' "$work/extract-jsonl.jsonl" || fail "newsnlp extract --jsonl missed William Ruto"
grep -q '"value":"2026-11-23"' "$work/extract-jsonl.jsonl" || fail "newsnlp extract --jsonl did not resolve 'yesterday'"
echo "tool $tool_id $VERSION: installed, $(wc -l < "$work/extract.jsonl") entities from the sample article"
