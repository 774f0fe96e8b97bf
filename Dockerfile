# Multi-stage build of the explorer for docker compose. Neo4j runs in its own container
# (docker-compose.yml), so this image needs no JDK.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY seed/package.json seed/
RUN npm ci
COPY tsconfig.json ./
COPY server server
COPY client client
COPY seed seed
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY seed/package.json seed/
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# The dataset is loaded at first start when the database is empty.
COPY seed/sources.yaml seed/
COPY seed/data seed/data
USER node
EXPOSE 4000
CMD ["node", "server/dist/server/src/main.js"]
