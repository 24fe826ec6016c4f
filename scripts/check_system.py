"""Make sure the system software briefgen needs is present: Pango and fonts for WeasyPrint,
and with `--browser` (the test suite) Debian's Chromium for the browser test.

Installs what is missing with apt-get when running as root on Debian/Ubuntu; otherwise prints
one line saying what to install and exits non-zero.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys

PACKAGES = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "fonts-dejavu-core"]
LIBRARIES = ["pango-1.0", "pangoft2-1.0", "harfbuzz", "fontconfig"]
# Without it WeasyPrint subsets fonts with fontTools, which stamps the clock into the PDF.
OPTIONAL = {"harfbuzz-subset": "libharfbuzz-subset0"}
# The browser test drives the system's Chromium; no browser is ever downloaded at run time.
CHROMIUM = "/usr/bin/chromium"


def missing(names: list[str]) -> list[str]:
    return [name for name in names if ctypes.util.find_library(name) is None]


def install(packages: list[str]) -> bool:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    subprocess.run(["apt-get", "update", "-q"], check=False, **quiet)
    result = subprocess.run(["apt-get", "install", "-y", "-q", *packages], check=False, **quiet)
    return result.returncode == 0


def check_browser() -> int:
    if os.access(CHROMIUM, os.X_OK) or (install(["chromium"]) and os.access(CHROMIUM, os.X_OK)):
        return 0
    print(
        "the browser test needs Chromium: install it with `sudo apt-get install chromium` "
        "(Debian) and run make test again",
        file=sys.stderr,
    )
    return 1


def main() -> int:
    status = check_pango()
    if status == 0 and "--browser" in sys.argv[1:]:
        status = check_browser()
    return status


def check_pango() -> int:
    optional = [OPTIONAL[name] for name in missing(list(OPTIONAL))]
    if not missing(LIBRARIES) and not optional:
        return 0
    if install(PACKAGES + list(OPTIONAL.values())) and not missing(LIBRARIES):
        return 0
    if not missing(LIBRARIES):
        print(f"note: install {' '.join(optional)} for reproducible PDFs", file=sys.stderr)
        return 0
    print(
        "briefgen needs Pango for PDF output: install it with "
        f"`sudo apt-get install {' '.join(PACKAGES)}` (Debian/Ubuntu) and run make again",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
