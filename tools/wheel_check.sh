#!/usr/bin/env bash
# The package as a user outside the checkout gets it: build the wheel, install it alone into a fresh virtual
# environment in a temporary folder, and run `genreplay report --preset smoke` from there. Also check that pip
# refuses the wheel on a Python below min_python (settings.ini).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$ROOT/.venv/bin/pip" wheel -q --no-deps -w "$WORK/dist" "$ROOT"
WHL=$(ls "$WORK"/dist/genreplay_nb-*.whl)
# the listing is read whole before it is searched: `unzip -l | grep -q` under pipefail fails at random when grep stops
# reading at the first match and unzip dies of SIGPIPE (CI's stop 20 failed that way with the file in the wheel)
LISTING=$(unzip -Z1 "$WHL")
grep -qx 'genreplay_nb/report.ipynb' <<<"$LISTING" || { echo "wheel lacks genreplay_nb/report.ipynb"; exit 1; }
MIN=$(sed -n 's/^min_python *= *//p' "$ROOT/settings.ini")
BELOW="3.$(( ${MIN#3.} - 1 ))"
if "$ROOT/.venv/bin/pip" install -q --dry-run --no-deps --ignore-installed --python-version "$BELOW" --only-binary=:all: \
     --target "$WORK/below" "$WHL" 2>/dev/null; then echo "pip accepted the wheel on Python $BELOW (min_python $MIN)"; exit 1; fi
echo "pip refuses the wheel on Python $BELOW (min_python $MIN)"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --upgrade pip
# where the CPU build of torch comes from on GitHub (TORCH_INDEX_URL, set by the workflow); here, the local mirror
[ -n "${TORCH_INDEX_URL:-}" ] && "$WORK/venv/bin/pip" install -q torch==2.14.1 torchvision==0.29.1 --index-url "$TORCH_INDEX_URL"
"$WORK/venv/bin/pip" install -q "$WHL"
cd "$WORK"                                   # outside the checkout: only the installed wheel can be found
"$WORK/venv/bin/genreplay" --version
"$WORK/venv/bin/genreplay" report --preset smoke --out "$WORK/smoke"
test -s "$WORK/smoke/results.json" && test -s "$WORK/smoke/fig1_sensitivity.png"
echo "wheel check passed: $(basename "$WHL") installed alone in a fresh venv ran genreplay report --preset smoke in $WORK"
