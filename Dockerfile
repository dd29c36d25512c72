# The API image: the whole workspace, built once. Used by docker-compose.yml for every replica.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/server/package.json packages/server/
COPY packages/testing/package.json packages/testing/
COPY packages/cli/package.json packages/cli/
COPY regions/ regions/
RUN npm ci
COPY . .
RUN npx tsc -b
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
USER node
CMD ["node", "packages/cli/dist/main.js", "serve"]
