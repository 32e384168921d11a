#!/usr/bin/env bash
# The whole test suite: lint and formatting, types, the Sanity schema, generated types and the
# bundled dataset, unit tests, then end-to-end tests in Chromium against a production build. `npm test` runs it with node_modules/.bin first on PATH, so `node`
# is the Node 22 that the `node` dev dependency installs.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1 SANITY_TELEMETRY_DISABLED=1

node -e '
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 22) {
    console.error(`Node ${process.version} is too old: run the tests with npm test after npm ci.`);
    process.exit(1);
  }
  console.log(`Node ${process.version}`);
'

bash scripts/ensure-chromium.sh

npm run --silent lint
npm run --silent typecheck
npm run --silent check:schema
npm run --silent check:typegen
npm run --silent test:unit
npm run --silent test:e2e
