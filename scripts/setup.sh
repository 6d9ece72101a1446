# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test; sourced, not executed:
#
#     source scripts/setup.sh run|test
#
# 1. finds a Python >= 3.11 (or $PYTHON),
# 2. checks the Debian packages Qt, Chinese text and (for "test") Xvfb need;
#    installs the missing ones with apt-get when root, otherwise prints the
#    exact command and exits non-zero; without dpkg it only lists them,
# 3. creates .venv and installs the package with its test extra, once per
#    version of pyproject.toml (a stamp file in .venv remembers it); every
#    dependency, OpenCC's C++ library included, comes as a wheel: nothing is compiled.
#
# Afterwards READER_ROOT and READER_VENV are set and the cwd is the repo root.

READER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
READER_VENV="$READER_ROOT/.venv"
cd "$READER_ROOT"

_setup_mode="${1:-run}"

# Qt's xcb platform plugin and its GL integrations, checked with `readelf -d`
# on PySide6 6.x's libqxcb.so, libQt6XcbQpa, libQt6Gui/Core/Widgets/DBus and
# xcbglintegrations/*.so. Libraries pulled in by these as dependencies
# (libxcb1, libxcb-render0, libxcb-util1, libx11-6, libfreetype6) are left out;
# libxcb-xinerama0 is not used by Qt 6. "a|b" accepts either name (Debian 13
# and Ubuntu 24.04 renamed glib to libglib2.0-0t64).
_setup_qt_packages=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libx11-xcb1
    libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1
    libdbus-1-3 "libglib2.0-0t64|libglib2.0-0"
    fonts-noto-cjk fonts-noto-color-emoji
)
# The end-to-end test starts Xvfb itself and finds the window with xdotool; the desktop entry
# and AppStream metainfo are checked with desktop-file-validate and appstreamcli.
_setup_test_packages=(xvfb xauth xdotool desktop-file-utils appstream)

_setup_say() { printf 'setup: %s\n' "$*" >&2; }
_setup_die() { _setup_say "$*"; exit 1; }

_setup_find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

_setup_venv_works() {
    # Debian splits ensurepip (and so `python3 -m venv`) into python3-venv.
    "$1" -c 'import venv, ensurepip' >/dev/null 2>&1
}

_setup_venv_package() {
    # The system's default python3 needs python3-venv; another Debian
    # python3.X needs its own python3.X-venv.
    local py="$1" version
    if [[ "$(readlink -f "$py")" == "$(readlink -f /usr/bin/python3 2>/dev/null)" ]]; then
        echo python3-venv
    else
        version="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        echo "python$version-venv"
    fi
}

_setup_installed() {
    # True when any of the "a|b" alternatives is installed.
    local alternative
    local -a alternatives
    IFS='|' read -r -a alternatives <<<"$1"
    for alternative in "${alternatives[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$alternative" 2>/dev/null)" == *" installed" ]]; then
            return 0
        fi
    done
    return 1
}

_setup_installable_name() {
    # The first of the "a|b" alternatives this system's apt knows.
    local alternative
    local -a alternatives
    IFS='|' read -r -a alternatives <<<"$1"
    for alternative in "${alternatives[@]}"; do
        if apt-cache show --no-all-versions "$alternative" >/dev/null 2>&1; then
            echo "$alternative"
            return 0
        fi
    done
    echo "${alternatives[-1]}"
}

_setup_system_packages() {
    local -a wanted=("$@") missing=() names=()
    local package
    if ! command -v dpkg-query >/dev/null 2>&1; then
        _setup_say "not a Debian/Ubuntu system: make sure the equivalents of these are installed:"
        _setup_say "  ${wanted[*]//|/ or }"
        return 0
    fi
    for package in "${wanted[@]}"; do
        _setup_installed "$package" || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0

    if [[ "$(id -u)" != 0 ]]; then
        for package in "${missing[@]}"; do names+=("$(_setup_installable_name "$package")"); done
        _setup_say "missing system packages: ${names[*]}"
        _setup_say "install them with:"
        printf '\n    sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n\n' \
            "${names[*]}" >&2
        _setup_say "then run this command again."
        exit 1
    fi
    _setup_say "installing system packages: ${missing[*]//|/ or }"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 update -qq </dev/null \
        || _setup_die "apt-get update failed"
    for package in "${missing[@]}"; do names+=("$(_setup_installable_name "$package")"); done
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${names[@]}" </dev/null \
        || _setup_die "apt-get install failed for: ${names[*]}"
}

_setup_main() {
    local python stamp key
    local -a packages=("${_setup_qt_packages[@]}")
    [[ "$_setup_mode" == test ]] && packages+=("${_setup_test_packages[@]}")

    python="$(_setup_find_python)" \
        || _setup_die "Python 3.11 or newer is needed (set PYTHON=/path/to/python3 to choose one)"
    if [[ ! -x "$READER_VENV/bin/python" ]] && ! _setup_venv_works "$python"; then
        packages+=("$(_setup_venv_package "$python")")
    fi
    _setup_system_packages "${packages[@]}"

    # A venv whose interpreter has gone away (e.g. Python upgraded) is rebuilt.
    if [[ -d "$READER_VENV" ]] && ! "$READER_VENV/bin/python" -c '' >/dev/null 2>&1; then
        _setup_say "removing broken $READER_VENV"
        rm -rf "$READER_VENV"
    fi
    if [[ ! -x "$READER_VENV/bin/python" ]]; then
        _setup_say "creating $READER_VENV with $python"
        "$python" -m venv "$READER_VENV" || _setup_die "could not create $READER_VENV"
    fi

    stamp="$READER_VENV/.reader-setup-stamp"
    key="$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)"
    if [[ "$(cat "$stamp" 2>/dev/null)" != "$key" ]]; then
        # pip before 23.3 compares extras' names as written: justext's lxml[html_clean]
        # against lxml's "html-clean" warns "lxml … does not provide the extra 'html_clean'".
        "$READER_VENV/bin/python" -m pip install --quiet --upgrade 'pip>=23.3' </dev/null \
            || _setup_say "pip could not be upgraded: installing with the pip there"
        _setup_say "installing Reader and its test tools into $READER_VENV"
        # setuptools' editable install says "Please be careful with folders in your working
        # directory…" (a BuildBackendWarning pip passes on): information only, not shown.
        PYTHONWARNINGS="ignore:Editable installation:UserWarning" \
            "$READER_VENV/bin/python" -m pip install --quiet -e '.[test]' </dev/null \
            || _setup_die "pip install -e '.[test]' failed"
        echo "$key" >"$stamp"
    fi
}

_setup_main
unset -f _setup_main
