# Proofdesk for a team (README, "Running for a team"): one image, run as several instances on
# one Postgres behind a reverse proxy (docker-compose.yml). The two-command path (SQLite, no
# containers) does not use it. Containers cannot run on the project's build machines: this
# file is checked against the compose file by test/deploy/deploy-files.test.ts, not built there.

# Build: the full Debian image has python3, make and g++, in case better-sqlite3 must compile.
FROM node:20-bookworm AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# `next build` plus the bulk import's worker bundle (package.json "build").
RUN npm run build

# Run: the slim image, as the unprivileged `node` user the Node images ship.
FROM node:20-bookworm-slim
WORKDIR /app
# npm start's heap bounds (package.json): V8 then collects before the garbage every request
# leaves grows the heap to 4x the live data, and keeps its young generation at 8 MB semi-spaces
# (docs/BENCHMARKS.md, issue 21, fifth and seventh passes); and its malloc arenas
# (config.serverMallocArenaMax: the memory V8's compiler threads free stays in few arenas).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS="--max-old-space-size=1024 --max-semi-space-size=8" \
    MALLOC_ARENA_MAX=2 \
    PORT=3000
# Migrations, prompts and the `proofdesk` CLI (npx proofdesk migrate) are read from the app
# folder, so the whole built tree comes along; the node user owns it (Next writes .next/cache).
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# Healthy once /api/ready says the routes are warm; it sends the token when one is set.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
# Every interface inside the container: the proxy reaches it over the compose network. The
# 65 s keep-alive outlives the proxy's idle connections. Node's own flags (package.json's
# config.serverNodeFlags, which NODE_OPTIONS does not take) go before Next's script, as in `npm start`.
CMD ["node", "--single-threaded-gc", "node_modules/next/dist/bin/next", "start", "-H", "0.0.0.0", "-p", "3000", "--keepAliveTimeout", "65000"]
