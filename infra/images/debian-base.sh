#!/usr/bin/env bash
# Builds the base image localhost/debian-jre:17 from Debian's own packages, for machines that
# reach Debian's package archive but no container registry. Needs root (or a working unshare) and
# the Debian packages podman, mmdebstrap, runc and uidmap:
#   apt-get install podman mmdebstrap runc uidmap
# Usage: infra/images/debian-base.sh [--force]
# Environment: DEBIAN_SUITE (default bookworm), BASE_TAG (default localhost/debian-jre:17),
#              IMAGES_WORK (scratch directory, default target/images under the repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
suite="${DEBIAN_SUITE:-bookworm}"
tag="${BASE_TAG:-localhost/debian-jre:17}"
work="${IMAGES_WORK:-$root/target/images}"

if [ "${1:-}" != "--force" ] && podman image exists "$tag"; then
  echo "base image $tag exists (--force rebuilds it)"
  exit 0
fi
mkdir -p "$work"
rootfs="$work/debian-jre-rootfs.tar"

# --variant=essential with the JRE and CA certificates; no recommends, no manuals, docs (except
# copyright files) or translations. The suite name alone makes mmdebstrap add the updates and
# security archives, so the JRE is the archive's latest security build. update-alternatives
# wants the manual directory to exist even though the manuals are left out. usrmerge (pulled in
# by apt's first choice for init-system-helpers) and the full Perl it needs are removed again:
# usr-is-merged satisfies the same dependency.
started=$(date +%s)
mmdebstrap --variant=essential \
  --include=usr-is-merged,openjdk-17-jre-headless,ca-certificates \
  --aptopt='APT::Install-Recommends "false"' \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/info/*' \
  --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='chroot "$1" dpkg --purge usrmerge libfile-find-rule-perl libnumber-compare-perl libtext-glob-perl perl perl-modules-5.36 libperl5.36' \
  --customize-hook='rm -rf "$1"/var/cache/apt/*.bin "$1"/var/lib/apt/lists/*' \
  "$suite" "$rootfs"
debootstrapped=$(date +%s)

podman import \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["java", "-version"]' \
  --message "Debian $suite with openjdk-17-jre-headless (infra/images/debian-base.sh)" \
  "$rootfs" "$tag" >/dev/null
rm -f "$rootfs"
echo "base image $tag: mmdebstrap $((debootstrapped - started)) s, import $(($(date +%s) - debootstrapped)) s"
