#!/usr/bin/env bash
# Gives the files in the .deb the modification times they have in the app image, then packs it again.
#
# The AOT cache (installer/TrainAotCache.java) is trained on the app image and checks, at every start,
# that the jars and the runtime's module image are the very files it was trained with: same size,
# same modification time. jpackage copies the image when it makes the .deb and stamps every file
# with the time of that copy, so an installed app would start without its cache. dpkg keeps the
# times the .deb records, so restoring them here makes the installed files match the cache.
#
#   installer/linux/repack-deb.sh IMAGE-DIR PACKAGE.deb
set -euo pipefail
image=$(cd "$1" && pwd)
deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dpkg-deb --raw-extract "$deb" "$work/root"
install_dir="$work/root/opt/$(basename "$image")"
[ -d "$install_dir" ] || { echo "repack-deb: $deb has no /opt/$(basename "$image")" >&2; exit 1; }
restored=0
while IFS= read -r -d '' f; do
  rel=${f#"$image"/}
  if [ -f "$install_dir/$rel" ]; then
    touch -m -r "$f" "$install_dir/$rel"
    restored=$((restored + 1))
  fi
done < <(find "$image" -type f -print0)
fakeroot dpkg-deb --root-owner-group -Zxz --build "$work/root" "$deb.repacked" >/dev/null
mv "$deb.repacked" "$deb"
echo "repack-deb: $restored files in $(basename "$deb") carry the app image's times"
