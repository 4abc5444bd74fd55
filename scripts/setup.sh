#!/usr/bin/env bash
# Installs the Debian packages the kiosk builds and tests against, when they are missing.
# Called by `make setup` (and so by `make run`, `make test`); `make bench` calls `setup.sh bench`,
# which adds the packages only the benchmarks need.
set -euo pipefail

packages=(
  pkg-config
  libncursesw5-dev   # the kiosk's full-screen terminal (ncursesw)
  libqrencode-dev    # QR encoding
  libsqlite3-dev     # the registry (GRDB over the system SQLite, FTS5)
  zlib1g-dev         # gzip bodies between kiosks and the central store (compress-nio)
  zbar-tools         # zbarimg: the real QR scanner the tests read codes back with
  tmux               # end-to-end tests drive the kiosk in a real terminal
  postgresql         # the central store's tests run against a throw-away PostgreSQL (scripts/test-postgres.sh)
  openssl            # the TLS tests make a throw-away CA and a central certificate with it
  libfribidi-dev     # Urdu and Pashto: Arabic joining, shaping and right-to-left reordering (CFriBidi)
  libfribidi-bin     # `fribidi`: the golden tests compare the kiosk's shaping with FriBidi's own command
  xvfb               # the QR pixel test: a real terminal emulator on a virtual X display...
  xterm              # ...xterm itself...
  fonts-dejavu-core  # ...in DejaVu Sans Mono...
  fonts-freefont-ttf # ...which lacks ے, ہ and the Pashto letters: xterm draws them from FreeMono (fontconfig fallback)...
  fonts-kacst        # ...and what FreeMono lacks from KacstQurn (whose joined ہ glyphs are empty: ArabicGlyphPixelTests)
  x11-apps           # ...screenshotted with xwd
  python3-pip        # installs the PyPI decoders below when they are missing
)

if [ "${1:-}" = "bench" ]; then
  packages+=(
    whiptail         # the peer the kiosk's cold start is measured against
  )
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

install_python_modules() {
  # The QR pixel test reads xwd screenshots with Pillow and decodes them with zxing-cpp and OpenCV
  # besides zbar (three independent decoders). Installed from PyPI only when python3 cannot import them.
  local wanted=(PIL:Pillow zxingcpp:zxing-cpp cv2:opencv-python-headless numpy:numpy) needed=()
  for pair in "${wanted[@]}"; do
    python3 -c "import ${pair%%:*}" 2>/dev/null || needed+=("${pair#*:}")
  done
  [ ${#needed[@]} -eq 0 ] && return 0
  echo "Installing missing Python packages from PyPI: ${needed[*]}"
  python3 -m pip install --quiet "${needed[@]}" 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages "${needed[@]}"
}

if [ ${#missing[@]} -eq 0 ]; then
  install_python_modules
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "These packages are missing and this user is not root (and there is no sudo): ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_python_modules
