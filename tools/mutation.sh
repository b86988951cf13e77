#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local tool in .config/dotnet-tools.json) of source folders or files against their test project.
#   tools/mutation.sh src/Union.Rules/Calendar                 every file of the folder
#   tools/mutation.sh src/Union.Rules/Calendar --since:main    only the files changed since main
#   tools/mutation.sh src/Union.Domain/Common/Money.cs         one file; several paths of one project may be given
# Arguments after the paths go to Stryker as they are. The settings (test project, excluded tests, ignored guard calls,
# thresholds) are in tests/<project>.Tests/stryker-config.json; docs/mutation.md explains each. The reports (html, json,
# markdown) go to artifacts/mutation/<first path>/reports/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: tools/mutation.sh src/<Project>/<Folder or file>... [stryker options]" >&2
  exit 2
fi
project=""
patterns=()
name=""
while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do
  target="${1%/}"; shift
  case "$target" in
    src/Union.Domain/*) p=Union.Domain ;;
    src/Union.Rules/*) p=Union.Rules ;;
    *) echo "tools/mutation.sh: $target is not under src/Union.Domain or src/Union.Rules" >&2; exit 2 ;;
  esac
  if [ -n "$project" ] && [ "$project" != "$p" ]; then
    echo "tools/mutation.sh: give paths of one project at a time" >&2; exit 2
  fi
  project=$p
  inner="${target#src/$project/}"
  if [ -d "$root/$target" ]; then patterns+=(--mutate "**/$inner/**/*.cs"); else patterns+=(--mutate "**/$inner"); fi
  [ -n "$name" ] || name="$(echo "${inner%.cs}" | tr '/' '_')"
done
out="$root/artifacts/mutation/$name"
cd "$root"
dotnet tool restore >/dev/null
cd "tests/$project.Tests"
exec dotnet stryker --config-file stryker-config.json "${patterns[@]}" --output "$out" --skip-version-check "$@"
