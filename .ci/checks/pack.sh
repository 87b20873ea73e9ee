#!/usr/bin/env bash
# `dotnet pack -c Release -o artifacts/packages`, as the README says, then checks each package: its own README (not the
# repository's), metadata (description, tags, licence, README) that agrees with its NOTICE (package-metadata.sh), icon,
# project and repository URLs, XML docs, a symbols package whose PDBs carry Source Link, no file that is not code, docs
# or licence text (so no training data), and bytes that a second pack of the same build reproduces. On linux-x64 with a
# native toolchain the tool is three packages: NewsNlp.Cli points to NewsNlp.Cli.linux-x64 (Native AOT) and
# NewsNlp.Cli.any (framework-dependent); elsewhere it is one framework-dependent package.
# Usage: pack.sh WORK_DIR
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}
mkdir -p "$work"
cd "$REPO"
# Deterministic archives: every entry stamped with the commit's time (NuGet reads SOURCE_DATE_EPOCH).
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2> /dev/null || echo 315532800)
export SOURCE_DATE_EPOCH CI=true
rm -f "$PACKAGES"/*.nupkg "$PACKAGES"/*.snupkg
dotnet pack -c Release -o "$PACKAGES" > "$work/pack.log" 2>&1 || { tail -40 "$work/pack.log"; fail "dotnet pack"; }
grep -E ': warning ' "$work/pack.log" | sort -u
grep -q -E ': warning ' "$work/pack.log" && fail "dotnet pack printed warnings"

problems=0
problem() { echo "  problem: $*"; problems=$((problems + 1)); }
ids=(NewsNlp NewsNlp.Training NewsNlp.Models.English NewsNlp.Models.English.Research NewsNlp.Cli)
native=0
if native_tool_expected; then native=1; ids+=(NewsNlp.Cli.linux-x64 NewsNlp.Cli.any); fi
for f in "$PACKAGES"/NewsNlp.Cli.*.nupkg; do
  case "$(basename "$f")" in NewsNlp.Cli.$VERSION.nupkg|NewsNlp.Cli.linux-x64.$VERSION.nupkg|NewsNlp.Cli.any.$VERSION.nupkg) ;;
    *) problem "unexpected tool package $(basename "$f")" ;; esac
done
[ "$native" -eq 1 ] || [ ! -f "$PACKAGES/NewsNlp.Cli.linux-x64.$VERSION.nupkg" ] || problem "a native tool package without a native toolchain"
for id in "${ids[@]}"; do
  nupkg=$PACKAGES/$id.$VERSION.nupkg snupkg=$PACKAGES/$id.$VERSION.snupkg
  [ -f "$nupkg" ] || { problem "$id: no $nupkg"; continue; }
  # Code-bearing packages have symbols; the tool's pointer package has no code, and its native package no PDB.
  has_code=1
  if [ "$native" -eq 1 ]; then case "$id" in NewsNlp.Cli|NewsNlp.Cli.linux-x64) has_code=0 ;; esac; fi
  [ "$has_code" -eq 0 ] || [ -f "$snupkg" ] || problem "$id: no symbols package"
  x=$work/unpacked/$id
  rm -rf "$x"; mkdir -p "$x/pkg" "$x/sym"
  unzip -q -o "$nupkg" -d "$x/pkg"; unzip -q -o "$snupkg" -d "$x/sym" 2> /dev/null
  nuspec=$x/pkg/$id.nuspec

  readme=$(sed -n 's:.*<readme>\(.*\)</readme>.*:\1:p' "$nuspec")
  if [ -z "$readme" ] || [ ! -s "$x/pkg/$readme" ]; then problem "$id: no package README"
  elif cmp -s "$x/pkg/$readme" "$REPO/README.md"; then problem "$id: the package README is the repository README"; fi
  grep -q '<icon>icon.png</icon>' "$nuspec" && [ -s "$x/pkg/icon.png" ] || problem "$id: no icon"
  grep -q '<projectUrl>http' "$nuspec" || problem "$id: no project URL"
  grep -q '<repository type="git" url="http' "$nuspec" || problem "$id: no repository URL"

  # Description, tags, licence and README agree with the NOTICE of every model the package carries or brings.
  bash "$(dirname "${BASH_SOURCE[0]}")/package-metadata.sh" "$x/pkg" "$id" || problems=$((problems + $?))
  # A package that carries a model carries its NOTICE.
  if find "$x/pkg" -name 'NewsNlp.Models.*.dll' | grep -q . || [ "$id" = NewsNlp.Cli.linux-x64 ]; then
    [ -f "$x/pkg/NOTICE" ] || problem "$id: carries a model but no NOTICE"
  fi

  # Only code, docs and licence text: nothing that could be a corpus.
  (cd "$x/pkg" && find . -type f | sed 's:^\./::') | grep -v -E \
    '^(_rels/\.rels|\[Content_Types\]\.xml|package/services/metadata/core-properties/[0-9a-zA-Z]+\.psmdcp|[^/]+\.nuspec|PACKAGE\.md|LICENSE\.txt|NOTICE|icon\.png)$|^(lib/net[0-9.]+|tools/net[0-9.]+/any)/([a-zA-Z-]+/)?[A-Za-z.]+\.(dll|xml|pdb|json)$|^tools/(net[0-9.]+|any)/any/DotnetToolSettings\.xml$|^tools/any/linux-x64/(NewsNlp\.Cli|DotnetToolSettings\.xml)$' \
    | sed "s/^/  unexpected file in $id: /" | tee "$x/unexpected.txt"
  [ -s "$x/unexpected.txt" ] && problem "$id: files other than code, docs and licence text"
  # Only the model assembly is large (it embeds the .nnm model); any other large assembly would be embedding data.
  while read -r dll; do
    case "$(basename "$dll")" in NewsNlp.Models.*.dll) continue ;; esac
    [ "$(stat -c %s "$dll")" -lt 2000000 ] || problem "$id: $(basename "$dll") is $(stat -c %s "$dll") bytes"
  done < <(find "$x/pkg" -name '*.dll')
  model_dlls=$(find "$x/pkg" -name 'NewsNlp.Models.*.dll' | wc -l)
  case "$id" in
    NewsNlp.Models.English|NewsNlp.Models.English.Research) [ "$model_dlls" -eq 1 ] || problem "$id: expected the model assembly" ;;
    NewsNlp.Cli.any) [ "$model_dlls" -eq 2 ] || problem "$id: expected both model assemblies" ;;
    NewsNlp.Cli) if [ "$native" -eq 1 ]; then
        grep -q '<RuntimeIdentifierPackage RuntimeIdentifier="linux-x64" Id="NewsNlp.Cli.linux-x64"' "$x/pkg/tools/any/any/DotnetToolSettings.xml" \
          && grep -q '<RuntimeIdentifierPackage RuntimeIdentifier="any" Id="NewsNlp.Cli.any"' "$x/pkg/tools/any/any/DotnetToolSettings.xml" \
          || problem "$id: the pointer package does not name NewsNlp.Cli.linux-x64 and NewsNlp.Cli.any"
        [ "$model_dlls" -eq 0 ] || problem "$id: the pointer package carries code"
      else [ "$model_dlls" -eq 2 ] || problem "$id: expected both model assemblies"; fi ;;
    NewsNlp.Cli.linux-x64)
      # One native executable with the command runner "executable": the models are compiled into it.
      binary=$x/pkg/tools/any/linux-x64/NewsNlp.Cli
      [ "$(head -c 4 "$binary" 2> /dev/null | od -An -tx1 | tr -d ' ')" = 7f454c46 ] || problem "$id: tools/any/linux-x64/NewsNlp.Cli is not an ELF executable"
      grep -q 'Runner="executable"' "$x/pkg/tools/any/linux-x64/DotnetToolSettings.xml" || problem "$id: the command does not run the native executable"
      [ "$model_dlls" -eq 0 ] || problem "$id: carries managed model assemblies" ;;
    *) [ "$model_dlls" -eq 0 ] || problem "$id: carries a model assembly" ;;
  esac

  # XML docs next to every NewsNlp assembly, and Source Link in the symbols.
  while read -r dll; do
    [ -f "${dll%.dll}.xml" ] || problem "$id: no XML docs for $(basename "$dll")"
  done < <(find "$x/pkg" -name 'NewsNlp*.dll')
  pdbs=$(find "$x/pkg" "$x/sym" -name 'NewsNlp*.pdb')
  [ "$has_code" -eq 0 ] || [ -n "$pdbs" ] || problem "$id: no PDB in the symbols package"
  for pdb in $pdbs; do
    grep -a -q -o 'https://raw.githubusercontent.com/[^"]*/\*' "$pdb" || problem "$id: no Source Link in $(basename "$pdb")"
  done
  echo "$id: $(stat -c %s "$nupkg") bytes, symbols $(stat -c %s "$snupkg" 2> /dev/null) bytes"
done

# The same build packed again gives the same bytes.
again=$work/pack-again
rm -rf "$again"
dotnet pack -c Release --no-build -o "$again" > "$work/pack-again.log" 2>&1 || fail "second dotnet pack --no-build"
for f in "$PACKAGES"/*.nupkg "$PACKAGES"/*.snupkg; do
  cmp -s "$f" "$again/$(basename "$f")" || problem "$(basename "$f") differs when packed again"
done
[ "$problems" -eq 0 ] || fail "$problems packaging problems"
echo "packages: $(ls "$PACKAGES"/*.nupkg | wc -l) packages and $(ls "$PACKAGES"/*.snupkg | wc -l) symbol packages, all checks passed"
