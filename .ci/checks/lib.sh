# Shared by the checks in this folder: sourced, not run.
# Each check exits 0 (passed), 1 (failed) or 77 (skipped: the machine lacks what it needs).
set -uo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PACKAGES=$REPO/artifacts/packages
VERSION=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$REPO/Directory.Build.props")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }

# NuGet caches a package by id and version, so a package re-packed under the same version would be restored from the
# cache instead of the folder: forget our own packages (only those) before a consumer restores them.
forget_cached_newsnlp() {
  local cache
  cache=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
  rm -rf "$cache/newsnlp" "$cache/newsnlp.models.english" "$cache/newsnlp.models.english.research" "$cache/newsnlp.training" \
    "$cache/newsnlp.cli" "$cache/newsnlp.cli.linux-x64" "$cache/newsnlp.cli.any"
}

# Whether `dotnet pack` makes the native tool package here: the SDK runs on linux-x64 and gcc or clang and the zlib
# headers are installed (the same test as src/NewsNlp.Cli/NewsNlp.Cli.csproj).
native_tool_expected() {
  [ "$(dotnet --info 2> /dev/null | sed -n 's/^ *RID: *//p' | head -1)" = linux-x64 ] && [ -f /usr/include/zlib.h ] \
    && { [ -e /usr/bin/gcc ] || [ -e /usr/bin/clang ] || [ -e /usr/local/bin/clang ]; }
}

# Prints the C# blocks of a markdown file to files $2/block-N.cs, one per block; prints how many.
extract_csharp_blocks() {
  awk -v dir="$2" '
    /^```csharp[[:space:]]*$/ { n++; inside = 1; file = dir "/block-" n ".cs"; printf "" > file; next }
    /^```/ && inside { inside = 0; close(file); next }
    inside { print >> file }
    END { print n + 0 }' "$1"
}
