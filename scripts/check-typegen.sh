#!/usr/bin/env bash
# Fails when sanity/extract.json or sanity/types.ts differ from what the schema and queries
# generate now. It regenerates them in place, so after a failure `git diff` shows the change.
set -euo pipefail
cd "$(dirname "$0")/.."

saved=$(mktemp -d)
trap 'rm -rf "$saved"' EXIT
cp sanity/extract.json sanity/types.ts "$saved/"

npm run --silent typegen > /dev/null

stale=0
for file in extract.json types.ts; do
  if ! cmp -s "$saved/$file" "sanity/$file"; then
    echo "sanity/$file was stale and has been regenerated: review and commit it." >&2
    stale=1
  fi
done
exit "$stale"
