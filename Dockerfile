# syntax=docker/dockerfile:1
# The API image, used by docker-compose.yml for the migrate job and every replica. Three stages:
# manifests (package.json files only), build (all dependencies, tsc), runtime (production dependencies
# and compiled output; no TypeScript sources, no dev dependencies).

# Only the workspaces' package.json files and the lock file. COPY --from compares content, so the
# `npm ci` layers below are reused until a manifest changes, whatever else changed in the sources.
FROM node:24-trixie-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/ packages/
COPY regions/ regions/
RUN find packages regions -type f ! -name package.json -delete && find packages regions -type d -empty -delete

FROM node:24-trixie-slim AS build
WORKDIR /app
COPY --from=manifests /app ./
# npm's download cache lives in a build cache mount, never in a layer.
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.base.json tsconfig.json ./
COPY packages/ packages/
COPY regions/ regions/
RUN npx tsc -b
# Leave only what runs: compiled output, data files, manifests (the runtime stage copies packages/ and regions/ whole).
RUN find packages regions -name node_modules -prune -o -type f \( -name '*.ts' ! -name '*.d.ts' -o -name '*.tsbuildinfo' -o -name 'tsconfig.json' \) -print | xargs rm -f \
 && rm -rf packages/*/test regions/*/test packages/*/node_modules regions/*/node_modules \
 && find packages regions -type d -empty -delete

FROM node:24-trixie-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=build /app/packages/ packages/
COPY --from=build /app/regions/ regions/
EXPOSE 4000
USER node
CMD ["node", "packages/cli/dist/main.js", "serve"]
