#!/usr/bin/env bash
# Builds the container images ethiek/<module>:<version> of the four processes from their packaged
# jars (run `./mvnw -DskipTests package` first, or use `./mvnw -Pimages -DskipTests package`).
#
# Usage: infra/images/build-images.sh [--base auto|registry|debian] [module ...]
#   --base registry  FROM the pinned Eclipse Temurin image of the Containerfile (pulled)
#   --base debian    FROM localhost/debian-jre:17, built by debian-base.sh when missing
#   --base auto      registry when its base image can be pulled, else debian (the default)
#   modules          default: participation-service case-service register-service portal-ui
# Environment: BASE_IMAGE (use this base image, whatever --base says), IMAGE_VERSION (default:
#   the version in the root pom.xml), IMAGE_REPOSITORY (default ethiek), CONTAINER_TOOL
#   (default podman; docker works for --base registry).
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tool="${CONTAINER_TOOL:-podman}"
repository="${IMAGE_REPOSITORY:-ethiek}"
registry_base="$(sed -n 's/^ARG BASE_IMAGE=//p' "$here/Containerfile")"
debian_base="localhost/debian-jre:17"

base_mode=auto
modules=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_mode="$2"; shift 2 ;;
    --base=*) base_mode="${1#--base=}"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) modules+=("$1"); shift ;;
  esac
done
[ ${#modules[@]} -gt 0 ] || modules=(participation-service case-service register-service portal-ui)

# The project version: the first <version> after the root pom's own <artifactId>platform.
version="${IMAGE_VERSION:-$(sed -n '/<artifactId>platform<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$root/pom.xml")}"
[ -n "$version" ] || { echo "could not read the project version from $root/pom.xml" >&2; exit 1; }

port_of() {
  case "$1" in
    portal-ui) echo 8080 ;;
    participation-service) echo 8081 ;;
    case-service) echo 8082 ;;
    register-service) echo 8083 ;;
    *) echo "unknown module $1" >&2; exit 1 ;;
  esac
}

choose_base() {
  if [ -n "${BASE_IMAGE:-}" ]; then
    echo "$BASE_IMAGE"; return
  fi
  case "$base_mode" in
    registry) "$tool" pull -q "$registry_base" >&2; echo "$registry_base" ;;
    debian) "$here/debian-base.sh" >&2; echo "$debian_base" ;;
    auto)
      if "$tool" image inspect "$registry_base" >/dev/null 2>&1 || "$tool" pull -q "$registry_base" >&2 2>/dev/null; then
        echo "$registry_base"
      else
        echo "no registry reachable for $registry_base: using a base made of Debian's packages" >&2
        "$here/debian-base.sh" >&2
        echo "$debian_base"
      fi ;;
    *) echo "--base must be auto, registry or debian, was $base_mode" >&2; exit 1 ;;
  esac
}

# The build context: the module's jar and its libraries, split into the layers of the Containerfile.
# The platform's own jars are the ones carrying the project version in their file name.
prepare_context() {
  local module="$1" target="$root/$1/target" context="$root/$1/target/image-context"
  if [ ! -f "$target/$module.jar" ] || [ ! -d "$target/lib" ]; then
    echo "$target/$module.jar or $target/lib is missing: run ./mvnw -DskipTests package first" >&2
    exit 1
  fi
  rm -rf "$context"
  mkdir -p "$context/lib-third-party" "$context/lib-platform"
  for jar in "$target"/lib/*.jar; do
    case "$(basename "$jar")" in
      *-"$version".jar) cp -p "$jar" "$context/lib-platform/" ;;
      *) cp -p "$jar" "$context/lib-third-party/" ;;
    esac
  done
  cp -p "$target/$module.jar" "$context/app.jar"
  # One fixed modification time, so an unchanged set of libraries gives the same layer digest in
  # every build and every image (the three services then share their third-party layer).
  find "$context" -exec touch --no-dereference --date="@$epoch" {} +
  echo "$context"
}

epoch="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}"
base="$(choose_base)"
echo "base image: $base"
for module in "${modules[@]}"; do
  image="$repository/$module:$version"
  context="$(prepare_context "$module")"
  started=$(date +%s)
  "$tool" build --quiet \
    --file "$here/Containerfile" \
    --build-arg "BASE_IMAGE=$base" \
    --build-arg "MODULE=$module" \
    --build-arg "VERSION=$version" \
    --build-arg "PORT=$(port_of "$module")" \
    --tag "$image" \
    "$context" >/dev/null
  echo "built $image in $(($(date +%s) - started)) s"
done
"$tool" images --filter "reference=$repository/*:$version"
