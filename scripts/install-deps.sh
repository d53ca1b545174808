#!/usr/bin/env bash
# Installs the system libraries hitc builds against when they are missing:
# libyaml and cmark-gfm (with its extensions), pkg-config, and libcurl's
# development files (the release build links the Swift standard library
# statically, and Foundation's networking part, which the server library
# FlyingFox uses, then links libcurl). Says what it
# installs; does nothing when everything is there. Debian and Ubuntu use apt,
# macOS uses Homebrew; anywhere else it names the packages and exits 1.
set -euo pipefail

missing=()
have_pc() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1" 2>/dev/null; }
have_pc yaml-0.1 || missing+=(libyaml)
have_pc libcmark-gfm || missing+=(cmark-gfm)
[ "$(uname)" = Darwin ] || have_pc libcurl || missing+=(libcurl)
# The extensions header ships in a separate Debian package.
if have_pc libcmark-gfm; then
  inc="$(pkg-config --variable=includedir libcmark-gfm)"
  [ -f "$inc/cmark-gfm-core-extensions.h" ] || missing+=(cmark-gfm-extensions)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "hitc needs ${missing[*]}: installing" >&2
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  packages=(libyaml-dev pkgconf libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev)
  echo "+ ${sudo[*]} apt-get install ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may never have fetched the package lists.
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null 2>&1; then
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
elif command -v brew >/dev/null 2>&1; then
  echo "+ brew install libyaml cmark-gfm pkg-config" >&2
  brew install libyaml cmark-gfm pkg-config
else
  echo "hitc: install libyaml and cmark-gfm (with its extensions) and pkg-config, then run again" >&2
  exit 1
fi
have_pc yaml-0.1 && have_pc libcmark-gfm || { echo "hitc: the libraries are still not found by pkg-config" >&2; exit 1; }
echo "installed: $(pkg-config --modversion yaml-0.1 | sed 's/^/libyaml /'), $(pkg-config --modversion libcmark-gfm | sed 's/^/cmark-gfm /')" >&2
