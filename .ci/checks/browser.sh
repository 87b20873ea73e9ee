#!/usr/bin/env bash
# The HTML views in a real browser: Debian's chromium (installed here with apt-get when missing and run as root), headless,
# driven over the DevTools protocol by .ci/checks/browser/check-page.mjs (Node, no package). Renders the seed article's
# page (newsnlp extract --format html), a page of hostile input, and the WebApi sample's page after posting the seed
# article and hostile text through it; asserts from the rendered DOM that every entity is marked with its kind, that the
# pages make no other request and that no input runs. Screenshots: artifacts/ci/browser/*.png.
# Usage: browser.sh WORK_DIR
source "$(dirname "$0")/lib.sh"
work=${1:?work dir}/browser
artefacts=$REPO/artifacts/ci/browser
mkdir -p "$work" "$artefacts"
command -v node > /dev/null || skip "node is not installed"
if ! command -v chromium > /dev/null; then
  [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null || skip "chromium is missing and cannot be installed here (as root: apt-get install chromium)"
  echo "installing Debian's chromium"
  { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
    || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }; } > "$work/apt.log" 2>&1 \
    || { tail -20 "$work/apt.log"; fail "apt-get could not install chromium"; }
fi
chromium --version 2> /dev/null | head -1
cd "$REPO"
dotnet build src/NewsNlp.Cli -c Release > "$work/build.log" 2>&1 && dotnet build samples/WebApi -c Release >> "$work/build.log" 2>&1 \
  || { grep -E 'error' "$work/build.log" | sort -u | tail -20; fail "build"; }
cli=(dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll)
check=(node .ci/checks/browser/check-page.mjs)

seed=$REPO/../shared/samples/seed-article.txt
[ -f "$seed" ] || { echo "../shared/samples/seed-article.txt is absent: the repository's sample article instead"; seed=$REPO/samples/harbour-rail-deal.txt; }
"${cli[@]}" extract "$seed" --format html > "$work/seed.html" && "${cli[@]}" extract "$seed" > "$work/seed.jsonl" || fail "extract"
"${check[@]}" cli --page "$work/seed.html" --entities "$work/seed.jsonl" \
  --screenshot "$artefacts/seed-article.png" --dark-screenshot "$artefacts/seed-article-dark.png" || fail "the seed article's page"

# Markup, script, quotes and bidi controls in the text and in the id.
hostile_text='Corvane Group <script>window.__pwned=true</script> met "Ilse Varga" & '"'"'Kestrel Bank'"'"' in Lomura on Monday.
<img src=x onerror="window.__pwned=true"> <svg onload="window.__pwned=true"></svg> <iframe src="https://example.org/"></iframe>
'$'\u202e''evil'$'\u202c'' '$'\u2066''Nairobi'$'\u2069'' <style>body{display:none}</style> President William Ruto said.'
printf '%s' "$hostile_text" > "$work/hostile.txt"
node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({id:"<img src=x onerror=\"window.__pwned=true\">\" onmouseover=\"window.__pwned=true",text:fs.readFileSync(process.argv[1],"utf8")})+"\n")' "$work/hostile.txt" > "$work/hostile.jsonl"
"${cli[@]}" extract --jsonl "$work/hostile.jsonl" --format html > "$work/hostile.html" || fail "extract of hostile input"
"${check[@]}" hostile --page "$work/hostile.html" --screenshot "$artefacts/hostile.png" || fail "the hostile page"

port=$((20000 + RANDOM % 20000))
dotnet samples/WebApi/bin/Release/net10.0/NewsNlp.Samples.WebApi.dll --urls "http://127.0.0.1:$port" > "$work/webapi.log" 2>&1 &
api=$!
trap 'kill "$api" 2> /dev/null; wait "$api" 2> /dev/null' EXIT
"${check[@]}" webapi --url "http://127.0.0.1:$port/" --text "$seed" --screenshot "$artefacts/webapi.png" \
  || { tail -5 "$work/webapi.log"; fail "the WebApi page"; }
"${check[@]}" webapi --url "http://127.0.0.1:$port/" --text "$work/hostile.txt" --screenshot "$artefacts/webapi-hostile.png" \
  || { tail -5 "$work/webapi.log"; fail "the WebApi page with hostile text"; }
echo "browser: pages rendered and checked; screenshots in artifacts/ci/browser"
