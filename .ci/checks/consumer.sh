#!/usr/bin/env bash
# Consumer smoke test: a fresh console project outside the clone restores NewsNlp from artifacts/packages through its
# own nuget.config, made as README "Install" says, runs the README quick start unchanged and compares its output with
# the output the README shows; then every C# block of README.md and of the package READMEs compiles as a program.
# Usage: consumer.sh WORK_DIR   (WORK_DIR/consumer is left for publish.sh)
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}
app=$work/consumer
rm -rf "$app" "$work/snippets"
mkdir -p "$app"
ls "$PACKAGES"/NewsNlp.$VERSION.nupkg > /dev/null || fail "no NewsNlp.$VERSION.nupkg in $PACKAGES: run the pack check first"

forget_cached_newsnlp
# README "Install", step by step, in a folder outside the clone.
cd "$work"
rm -f nuget.config
dotnet new nugetconfig > /dev/null || fail "dotnet new nugetconfig"
dotnet nuget add source "$PACKAGES" --name newsnlp-local --configfile nuget.config > /dev/null || fail "dotnet nuget add source"
dotnet new console --name consumer --output "$app" > /dev/null || fail "dotnet new console"
cd "$app"
dotnet add package NewsNlp --version "$VERSION" || fail "dotnet add package NewsNlp from $PACKAGES"

# The README's quick start: the first csharp block under "## Quick start", and the plain block after it is its output.
section_block() { # FILE HEADING FENCE: the first block opened by the line FENCE after the line HEADING
  awk -v heading="$2" -v fence="$3" '
    $0 == heading { found = 1; next }
    capture && /^```/ { exit }
    capture { print; next }
    /^```/ { if (!open && found && $0 == fence) capture = 1; open = !open }' "$1"
}
section_block "$REPO/README.md" "## Quick start" '```csharp' > Program.cs
section_block "$REPO/README.md" "## Quick start" '```' > expected.txt
lines=$(grep -c . Program.cs)
[ "$lines" -gt 0 ] && [ "$lines" -le 10 ] || fail "the quick start has $lines non-blank lines (1 to 10 expected)"
[ -s expected.txt ] || fail "the README shows no output for the quick start"
cmp -s Program.cs <(section_block "$REPO/src/NewsNlp/PACKAGE.md" "## Quick start" '```csharp') \
  || fail "the quick start of src/NewsNlp/PACKAGE.md differs from the README's"

dotnet run -c Release > actual.txt || fail "the quick start did not build or run"
if ! diff <(sed 's/[[:space:]]*$//' expected.txt) <(sed 's/[[:space:]]*$//' actual.txt); then
  fail "the quick start printed something else than the README shows"
fi
echo "quick start: $lines lines, output as in the README ($(wc -l < actual.txt) entities)"

# Every C# block of the READMEs compiles: one console project, each block in turn as its Program.cs.
snippets=$work/snippets
dotnet new console --name snippets --output "$snippets" > /dev/null || fail "dotnet new console (snippets)"
cd "$snippets"
dotnet add package NewsNlp --version "$VERSION" > /dev/null || fail "add NewsNlp"
dotnet add package NewsNlp.Training --version "$VERSION" > /dev/null || fail "add NewsNlp.Training"
dotnet add package Microsoft.Extensions.DependencyInjection --version 10.0.0 > /dev/null || fail "add Microsoft.Extensions.DependencyInjection"
blocks=$work/blocks
mkdir -p "$blocks"
failed=0 total=0
for doc in README.md src/NewsNlp/PACKAGE.md src/NewsNlp.Training/PACKAGE.md src/NewsNlp.Models.English/PACKAGE.md; do
  rm -f "$blocks"/*.cs
  n=$(extract_csharp_blocks "$REPO/$doc" "$blocks")
  for i in $(seq 1 "$n"); do
    total=$((total + 1))
    cp "$blocks/block-$i.cs" Program.cs
    if dotnet build -c Release --no-restore -v q -nologo > build.log 2>&1; then
      echo "compiles: $doc, C# block $i"
    else
      failed=$((failed + 1))
      echo "DOES NOT COMPILE: $doc, C# block $i"; grep -E 'error' build.log | sort -u | head -5
    fi
  done
done
[ "$failed" -eq 0 ] || fail "$failed of $total README C# blocks do not compile"
echo "README C# blocks: $total compile"
