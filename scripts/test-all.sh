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
