#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local tool in .config/dotnet-tools.json) of one source folder against its test project.
#   tools/mutation.sh src/Union.Rules/Calendar                 every file of the folder
#   tools/mutation.sh src/Union.Rules/Calendar --since:main    only the files changed since main
#   tools/mutation.sh src/Union.Domain/Common/Money.cs         one file (any path or glob under src/)
# Extra arguments go to Stryker as they are. The settings (test project, excluded tests, ignored guard calls, thresholds)
# are in tests/<project>.Tests/stryker-config.json; docs/mutation.md explains each. The reports (html, json, markdown) go to
# artifacts/mutation/<folder>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: tools/mutation.sh src/<Project>/<Folder> [stryker options]" >&2
  exit 2
fi
target="${1%/}"; shift
case "$target" in
  src/Union.Domain/*) project=Union.Domain ;;
  src/Union.Rules/*) project=Union.Rules ;;
  *) echo "tools/mutation.sh: $target is not under src/Union.Domain or src/Union.Rules" >&2; exit 2 ;;
esac
inner="${target#src/$project/}"
if [ -d "$root/$target" ]; then pattern="**/$inner/**/*.cs"; else pattern="**/$inner"; fi
out="$root/artifacts/mutation/$(echo "$inner" | tr '/' '_')"
cd "$root"
dotnet tool restore >/dev/null
cd "tests/$project.Tests"
exec dotnet stryker --config-file stryker-config.json --mutate "$pattern" --output "$out" --skip-version-check "$@"
