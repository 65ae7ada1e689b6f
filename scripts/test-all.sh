#!/usr/bin/env bash
# Every test Proofdesk has, in the order that fails fastest: lint, types, unit, build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "lint + format (biome)"
npx biome ci .
step "type-check (tsc)"
npx tsc --noEmit
step "unit tests (vitest)"
npx vitest run
step "production build (next build + the import worker bundle)"
# Built with the e2e model key in its environment, so that e2e/security.spec.ts's scan of the
# browser bundle for that key proves something (keep in step with e2e/support/env.ts).
OPENAI_API_KEY=sk-proofdesk-e2e-secret-4f1c9a7b2d npm run build
step "end-to-end tests (playwright, chromium)"
npx playwright test
step "proofdesk migrate: databases the e2e suite just wrote, copied to a throwaway Postgres"
# Each slot's main database, and the files with the most runs, events and searches (before
# the Postgres pass below, whose start wipes the slots' folders). Slots as e2e/support/env.ts.
files=()
for ((slot = 0; slot < ${E2E_WORKERS:-2}; slot++)); do
  dir="data/e2e-$((${E2E_APP_PORT:-3310} + 5000 * slot))"
  for name in main kill-loop search; do
    if [ -f "$dir/$name.db" ]; then files+=("$dir/$name.db"); fi
  done
done
npx tsx scripts/pg/migrate-check/main.ts "${files[@]}"
step "end-to-end tests on Postgres (E2E_DATABASE=postgres, a chosen set)"
# The specs that cover most of what the database does in about two minutes: lists and search
# (home), a bulk import (review), decisions, export and restore, live streams and their
# replay, and a server killed mid-run (crash). The whole suite passes on Postgres too
# (docs/POSTGRES.md), but takes as long again as the SQLite pass.
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null; then
  E2E_DATABASE=postgres npx playwright test e2e/home.spec.ts e2e/review.spec.ts \
    e2e/decisions.spec.ts e2e/export.spec.ts e2e/streams.spec.ts e2e/crash.spec.ts
else
  echo "SKIPPED: no PostgreSQL binaries (apt-get install postgresql)"
fi
