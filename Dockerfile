# conforme in a container: `docker run --rm -v "$PWD:/work" conforme check propositions`.
# The web page and API: `docker run --rm -p 8080:8080 --entrypoint conforme-web conforme --host 0.0.0.0`.
#
# Build stage: the Swift toolchain and libyaml's headers; the Swift runtime is linked
# statically so the runtime image needs neither.
# 6.2 at least: Hummingbird 2.28 and its dependencies (conforme-web) declare tools 6.2.
FROM swift:6.2-jammy AS build
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libyaml-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so a source change does not refetch them.
COPY Package.swift ./
RUN swift package resolve
COPY . .
RUN swift build -c release --static-swift-stdlib --product conforme \
 && swift build -c release --static-swift-stdlib --product conforme-web \
 && bin="$(swift build -c release --static-swift-stdlib --show-bin-path)" \
 && mkdir -p /out \
 && cp "$bin/conforme" "$bin/conforme-web" /out/ \
 # Resource bundles (the shipped rule sets), if the package declares any, sit next to the binary.
 && (cp -R "$bin"/*.resources /out/ 2>/dev/null || true)

# Runtime stage: Ubuntu with libyaml (and libstdc++, which the static Swift runtime still
# links dynamically, as ldd shows), run as an unprivileged user.
FROM ubuntu:jammy
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libyaml-0-2 libstdc++6 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin conforme
COPY --from=build /out/ /usr/local/bin/
USER conforme
WORKDIR /work
# conforme-web's default port, when started with --entrypoint conforme-web.
EXPOSE 8080
ENTRYPOINT ["conforme"]
CMD ["check", "."]
