#!/usr/bin/env bash
# Starts one image the way the Kubernetes chart runs it (non-root user 10001, read-only root
# filesystem, only /tmp writable) against a real PostgreSQL server and Kafka broker (the
# platform's embedded servers, on free loopback ports), and checks that GET /health answers UP.
# Prints the image size and the time from `podman run` to healthy.
#
# Usage: infra/images/smoke-test.sh [module]     (default participation-service)
# Needs: the image (build-images.sh), the packaged launcher (./mvnw -DskipTests package), podman,
#        curl and jq. Environment:
#   PODMAN_RUN_OPTIONS  extra `podman run` options; default "--runtime runc" (crun fails on this
#                       machine kind's cgroups; see README.md)
#   CONTAINERS_CONF     default infra/images/containers.conf (no default ulimits: the sandbox
#                       here refuses setrlimit)
#   MEMORY_LIMIT        the container's memory limit (default 768m; the heap is 75 % of it)
#   IMAGE_VERSION, IMAGE_REPOSITORY as for build-images.sh; HEALTH_TIMEOUT seconds (default 180)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
module="${1:-participation-service}"
repository="${IMAGE_REPOSITORY:-ethiek}"
version="${IMAGE_VERSION:-$(sed -n '/<artifactId>platform<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$root/pom.xml")}"
image="$repository/$module:$version"
timeout_seconds="${HEALTH_TIMEOUT:-180}"
memory="${MEMORY_LIMIT:-768m}"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$here/containers.conf}"
read -r -a run_options <<< "${PODMAN_RUN_OPTIONS:---runtime runc}"

case "$module" in
  participation-service) database=participation ;;
  case-service) database=cases ;;
  register-service) database=register ;;
  portal-ui) database="" ;;
  *) echo "unknown module $module" >&2; exit 2 ;;
esac

podman image exists "$image" || { echo "$image is missing: run infra/images/build-images.sh" >&2; exit 1; }
[ -f "$root/infra/launcher/target/launcher.jar" ] ||
  { echo "infra/launcher/target/launcher.jar is missing: run ./mvnw -DskipTests package" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ethiek-smoke.XXXXXX")"
container="ethiek-smoke-$module-$$"
infrastructure_pid=""
cleanup() {
  podman rm --force --time 10 "$container" >/dev/null 2>&1 || true
  if [ -n "$infrastructure_pid" ]; then
    exec 7>&- || true
    wait "$infrastructure_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
millis() { date +%s%3N; }

# The real servers; they stop when their standard input (file descriptor 7 here) closes.
mkfifo "$work/stdin"
java -cp "$root/infra/launcher/target/launcher.jar:$root/infra/launcher/target/lib/*" \
  "$here/EmbeddedInfrastructure.java" "$work/data" $database \
  < "$work/stdin" > "$work/infrastructure.log" 2>&1 &
infrastructure_pid=$!
exec 7> "$work/stdin"
for _ in $(seq 1 240); do
  [ -f "$work/data/infrastructure.env" ] && break
  kill -0 "$infrastructure_pid" 2>/dev/null || { cat "$work/infrastructure.log" >&2; exit 1; }
  sleep 0.5
done
[ -f "$work/data/infrastructure.env" ] || { echo "PostgreSQL and Kafka did not start" >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/data/infrastructure.env"
echo "PostgreSQL on 127.0.0.1:$POSTGRES_PORT, Kafka at $KAFKA_BOOTSTRAP_SERVERS"

environment=()
if [ "$module" = portal-ui ]; then
  environment+=(--env "PORTAL_PORT=$SERVICE_PORT")
else
  environment+=(
    --env "PORT=$SERVICE_PORT"
    --env "DATABASE_URL=jdbc:postgresql://localhost:$POSTGRES_PORT/$database"
    --env "DATABASE_USER=$DATABASE_USER"
    --env "DATABASE_PASSWORD=$DATABASE_PASSWORD"
    --env "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS")
fi
if [ "$module" = participation-service ]; then
  environment+=(--env "PARTICIPANT_TOKEN_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')")
fi

# --read-only-tmpfs=false: podman would otherwise also make /run and /var/tmp writable.
started=$(millis)
podman run --detach --name "$container" "${run_options[@]}" \
  --network host \
  --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,mode=1777,size=256m \
  --user 10001:10001 \
  --memory "$memory" \
  "${environment[@]}" \
  "$image" > /dev/null

health="http://127.0.0.1:$SERVICE_PORT/health"
status=""
deadline=$(( $(date +%s) + timeout_seconds ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if [ "$(podman inspect --format '{{.State.Running}}' "$container")" != true ]; then
    echo "$module stopped before it was healthy:" >&2
    podman logs "$container" 2>&1 | tail -40 >&2
    exit 1
  fi
  status="$(curl --silent --max-time 2 "$health" | jq -r '.status' 2>/dev/null || true)"
  [ "$status" = UP ] && break
  sleep 0.25
done
healthy=$(millis)
if [ "$status" != UP ]; then
  echo "$module was not healthy within $timeout_seconds s (last status: ${status:-none})" >&2
  podman logs "$container" 2>&1 | tail -40 >&2
  exit 1
fi

failures=0
check() { # description, command...
  local description="$1"; shift
  if "$@"; then echo "ok    $description"; else echo "FAIL  $description"; failures=$((failures + 1)); fi
}
uid_inside() { [ "$(podman exec "$container" id -u)" = 10001 ]; }
root_is_read_only() {
  local output
  output="$(podman exec "$container" sh -c 'touch /app/probe' 2>&1)" && return 1
  grep -q 'Read-only file system' <<< "$output"
}
tmp_is_writable() { podman exec "$container" sh -c 'touch /tmp/probe && rm /tmp/probe'; }
portal_page() { # Vaadin's bootstrap page in production mode, with a read-only root filesystem
  curl --silent --fail --max-time 20 "http://127.0.0.1:$SERVICE_PORT/" | grep -q 'VAADIN/build/' &&
    podman logs "$container" 2>&1 | grep -q 'Vaadin is running in production mode'
}
heap_limit() { # MaxHeapSize as the JVM in this container computes it (75 % of the limit)
  podman exec "$container" java -XX:MaxRAMPercentage=75 -XX:+PrintFlagsFinal -version 2>/dev/null |
    awk '$2 == "MaxHeapSize" {printf "%d MiB", $4 / 1048576}'
}
check "GET /health answers {\"status\":\"UP\"}" test "$status" = UP
check "the process runs as user 10001" uid_inside
check "the root filesystem is read-only" root_is_read_only
check "/tmp is writable" tmp_is_writable
if [ "$module" = portal-ui ]; then
  check "GET / renders the portal's page" portal_page
fi
podman logs "$container" 2>&1 | grep -E 'Startup completed|Started in' | sed 's/^/log:  /' || true

echo "memory limit $memory, heap limit $(heap_limit), in use after start: $(podman stats --no-stream --format '{{.MemUsage}}' "$container" | cut -d/ -f1)"
stopping=$(millis)
podman stop --time 30 "$container" > /dev/null
stopped=$(millis)
exit_code="$(podman inspect --format '{{.State.ExitCode}}' "$container")"
# 143: the JVM ran its shutdown hooks and exited on SIGTERM, as it should under Kubernetes.
check "SIGTERM stops the process (exit code 143, was $exit_code)" test "$exit_code" = 143

echo "image $image: $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1000000}')"
echo "start to healthy: $((healthy - started)) ms (podman run to GET /health UP)"
echo "stop: $((stopped - stopping)) ms (podman stop, SIGTERM, to exit)"
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
