#!/usr/bin/env bash
# `dotnet pack -c Release -o artifacts/packages`, as the README says, then checks each package: its own README (not the
# repository's), licence metadata that matches its NOTICE, icon, project and repository URLs, XML docs, a symbols package
# whose PDBs carry Source Link, no file that is not code, docs or licence text (so no training data), and bytes that a
# second pack of the same build reproduces.
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
for id in NewsNlp NewsNlp.Training NewsNlp.Models.English NewsNlp.Models.English.Research NewsNlp.Cli; do
  nupkg=$PACKAGES/$id.$VERSION.nupkg snupkg=$PACKAGES/$id.$VERSION.snupkg
  [ -f "$nupkg" ] || { problem "$id: no $nupkg"; continue; }
  [ -f "$snupkg" ] || problem "$id: no symbols package"
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

  # Licence metadata matches the NOTICE: a package whose NOTICE says research-only carries a licence file that says so.
  if [ -f "$x/pkg/NOTICE" ] && grep -q -i 'research' "$x/pkg/NOTICE"; then
    licence=$(sed -n 's:.*<license type="file">\(.*\)</license>.*:\1:p' "$nuspec")
    if [ -z "$licence" ]; then problem "$id: NOTICE says research-only but the licence is $(grep -o '<license[^/]*</license>' "$nuspec")"
    elif ! grep -q 'RESEARCH AND EVALUATION USE ONLY' "$x/pkg/$licence"; then problem "$id: $licence does not state the research-only terms"; fi
  elif [ -f "$x/pkg/NOTICE" ] && grep -q 'CC BY-SA 4.0' "$x/pkg/NOTICE"; then
    # An openly licensed model whose sources include share-alike data: the NOTICE's licence, as an expression.
    grep -q '<license type="expression">CC-BY-SA-4.0</license>' "$nuspec" || problem "$id: NOTICE says CC BY-SA 4.0 but the licence is $(grep -o '<license[^/]*</license>' "$nuspec")"
  else
    grep -q '<license type="expression">MIT</license>' "$nuspec" || problem "$id: expected the MIT licence expression"
  fi
  # A package that carries a model carries its NOTICE.
  if find "$x/pkg" -name 'NewsNlp.Models.*.dll' | grep -q .; then
    [ -f "$x/pkg/NOTICE" ] || problem "$id: carries a model but no NOTICE"
  fi

  # Only code, docs and licence text: nothing that could be a corpus.
  (cd "$x/pkg" && find . -type f | sed 's:^\./::') | grep -v -E \
    '^(_rels/\.rels|\[Content_Types\]\.xml|package/services/metadata/core-properties/[0-9a-zA-Z]+\.psmdcp|[^/]+\.nuspec|PACKAGE\.md|LICENSE\.txt|NOTICE|icon\.png)$|^(lib/net[0-9.]+|tools/net[0-9.]+/any)/([a-zA-Z-]+/)?[A-Za-z.]+\.(dll|xml|pdb|json)$|^tools/net[0-9.]+/any/DotnetToolSettings\.xml$' \
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
    NewsNlp.Cli) [ "$model_dlls" -eq 2 ] || problem "$id: expected both model assemblies" ;;
    *) [ "$model_dlls" -eq 0 ] || problem "$id: carries a model assembly" ;;
  esac

  # XML docs next to every NewsNlp assembly, and Source Link in the symbols.
  while read -r dll; do
    [ -f "${dll%.dll}.xml" ] || problem "$id: no XML docs for $(basename "$dll")"
  done < <(find "$x/pkg" -name 'NewsNlp*.dll')
  pdbs=$(find "$x/pkg" "$x/sym" -name 'NewsNlp*.pdb')
  [ -n "$pdbs" ] || problem "$id: no PDB in the symbols package"
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
