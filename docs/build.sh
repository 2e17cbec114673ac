#!/usr/bin/env bash
# Build the documentation site with warnings as errors (mkdocs build --strict).
#   bash docs/build.sh                 # check only: builds into a temporary directory, then removes it
#   SITE_DIR=site bash docs/build.sh   # keep the site in ./site (serve it with: python -m http.server -d site)
# Needs the docs extra: pip install -e '.[docs]'.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n "${SITE_DIR:-}" ]]; then
    out="$SITE_DIR"
else
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
python -m mkdocs build --strict --clean --site-dir "$out" "$@"
echo "docs: built with no warnings into $out"
