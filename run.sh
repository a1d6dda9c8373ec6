#!/usr/bin/env bash
# The two commands of the README, and the set-up they share.
#   ./run.sh demo   read -> restore -> parse -> compare the bundled corpus; reports under out/
#   ./run.sh test   the whole test suite (slow tests included)
#   ./run.sh setup  only install what is missing (Debian packages, .venv, the package)
# Every step checks before it installs, so re-running is quick and changes nothing.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the system uses: OCR (Vietnamese and English models, orientation detection), PDF rasteriser,
# fonts with Vietnamese glyphs for the scan generator, the syllable dictionary,
# PostgreSQL for the archive tests and Chromium for the browser tests.
APT_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd poppler-utils fonts-liberation2
              fonts-noto-core hunspell-vi postgresql chromium python3-venv)

setup() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  # Reinstall only when the dependency list changed.
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "installing plan_parser and its dependencies into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[all]"
    rm -f .venv/.installed-*; touch "$stamp"
  fi
}

demo() {
  setup
  mkdir -p out
  .venv/bin/plan-parser demo --out out
}

run_tests() {
  setup
  # Tesseract's own threads are ~10x slower on two cores: one thread per process, and one pytest worker per core
  # (pytest-xdist; pass -n 0 to run in one process, e.g. under a debugger).
  OMP_THREAD_LIMIT=1 .venv/bin/python -m pytest -n auto "$@"
}

case "${1:-}" in
  setup) setup ;;
  demo) demo ;;
  test) shift; run_tests "$@" ;;
  *) echo "usage: ./run.sh demo | test [pytest args] | setup" >&2; exit 64 ;;
esac
