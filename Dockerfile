# syntax=docker/dockerfile:1
# Two stages: the build stage compiles better-sqlite3 and bundles the bot into dist/; the
# runtime stage holds only dist/, the runtime dependencies and knowledge/, and runs as `node`.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 is a native module: when no prebuilt binary can be fetched, node-gyp compiles it.
# fonts-dejavu-core: the timeline picture's text font, copied into the runtime stage (the slim image has none).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
RUN npm run build
# Drop the dev dependencies (esbuild, tsx, vitest, typescript); the compiled better-sqlite3 stays.
RUN npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HEALTH_PORT=9090
WORKDIR /app
COPY --from=build /usr/share/fonts/truetype/dejavu /usr/share/fonts/truetype/dejavu
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts ./scripts
COPY knowledge ./knowledge
# The SQLite store's folder (when DATABASE_URL is unset) must be writable by the bot's user.
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/healthcheck.js"]
# node itself, not npm: it receives SIGTERM from `docker stop` and shuts down cleanly.
CMD ["node", "--enable-source-maps", "dist/main.js"]
