#!/usr/bin/env bash
# The tool package as a user installs it: `dotnet tool install --tool-path` from artifacts/packages, then the installed
# `newsnlp` prints its usage and versions and extracts entities from the sample article, as text and as JSONL. Where the
# native package is built (pack.sh), the installed command must be the Native AOT executable, and its output must be
# byte for byte the framework-dependent build's (the NewsNlp.Cli.any package run with `dotnet`) on the sample article
# and on a generated JSONL corpus, in both JSON formats.
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

if native_tool_expected; then
  # The command resolves to an ELF executable of the linux-x64 package, and no managed NewsNlp.Cli.dll was installed.
  target=$(readlink -f "$newsnlp")
  store_native=$(find "$tools/.store" -path '*newsnlp.cli.linux-x64*' -name NewsNlp.Cli -type f | head -1)
  [ -n "$store_native" ] || fail "the install did not choose the native package NewsNlp.Cli.linux-x64"
  [ "$(head -c 4 "$store_native" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] || fail "$store_native is not an ELF executable"
  [ -z "$(find "$tools/.store" -name 'NewsNlp.Cli.dll')" ] || fail "the install brought the managed NewsNlp.Cli.dll"
  echo "native: newsnlp -> ${target#"$tools"/} ($(stat -c %s "$store_native") bytes)"

  # The same output as the framework-dependent build, which every other platform installs.
  any=$work/tool-any
  rm -rf "$any"; mkdir -p "$any"
  unzip -q -o "$PACKAGES/NewsNlp.Cli.any.$VERSION.nupkg" -d "$any" || fail "unpack NewsNlp.Cli.any"
  jit=("dotnet" "$(find "$any/tools" -name NewsNlp.Cli.dll | head -1)")
  dotnet build "$REPO/samples/CorpusGenerator" -c Release -v q -nologo > "$work/tool-generator.log" 2>&1 || { cat "$work/tool-generator.log"; fail "build the corpus generator"; }
  dotnet "$REPO/samples/CorpusGenerator/bin/Release/net10.0/NewsNlp.Samples.CorpusGenerator.dll" 300 3000 1 > "$work/tool-corpus.jsonl" 2> /dev/null \
    || fail "generate the comparison corpus"
  compared=0
  for format in jsonl json; do
    "$newsnlp" extract "$sample" --reference-date 2026-11-24 --format "$format" > "$work/native.$format" || fail "native extract --format $format"
    "${jit[@]}" extract "$sample" --reference-date 2026-11-24 --format "$format" > "$work/jit.$format" || fail "framework-dependent extract --format $format"
    cmp "$work/native.$format" "$work/jit.$format" || fail "the native and framework-dependent builds differ on the sample article (--format $format)"
    "$newsnlp" extract --jsonl "$work/tool-corpus.jsonl" --format "$format" > "$work/native-corpus.$format" || fail "native extract --jsonl"
    "${jit[@]}" extract --jsonl "$work/tool-corpus.jsonl" --format "$format" > "$work/jit-corpus.$format" || fail "framework-dependent extract --jsonl"
    cmp "$work/native-corpus.$format" "$work/jit-corpus.$format" || fail "the native and framework-dependent builds differ on the corpus (--format $format)"
    compared=$((compared + $(wc -l < "$work/native-corpus.$format")))
  done
  echo "native and framework-dependent output identical: sample article and $compared corpus lines, jsonl and json"
fi
