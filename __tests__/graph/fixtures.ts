/** Dockerfiles the graph tests (and the browser test's pictures) share. */

export const TWO_STAGE = `FROM node:20-alpine AS builder
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine AS final
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
`;

/** Target, an unused stage, cache and bind mounts, a context, several external images: the README picture. */
export const EIGHT_STAGE = `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM golang:\${GO_VERSION}-alpine AS go-base
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

FROM go-base AS api
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /out/api ./cmd/api

FROM go-base AS migrate
RUN --mount=type=bind,source=migrations,target=/m,from=schema go build -o /out/migrate ./cmd/migrate

FROM node:20-alpine AS web-deps
WORKDIR /web
COPY web/package*.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM web-deps AS web
COPY web/ .
RUN --mount=type=cache,target=/root/.npm,from=web-deps,source=/root/.npm npm run build

FROM web-deps AS storybook
RUN npm run build-storybook

FROM alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
COPY --from=api /out/api /api
COPY --from=migrate /out/migrate /migrate
COPY --from=web /web/dist /public
COPY --from=busybox:1.36-musl /bin/busybox /busybox
ENTRYPOINT ["/api"]
`;

export const DIFF_BASE = `FROM node:18-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM node:18-alpine AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM build AS lint
RUN npm run lint

FROM node:18-alpine
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
`;

/** DIFF_BASE after a PR: Node bumped, `build` renamed, `lint` replaced by `test`, a cache mount, distroless. */
export const DIFF_HEAD = `FROM node:20-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM node:20-alpine AS builder
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM builder AS test
RUN npm test

FROM gcr.io/distroless/nodejs20-debian12
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
CMD ["dist/index.js"]
`;
