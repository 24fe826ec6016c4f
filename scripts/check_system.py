"""Make sure the system libraries WeasyPrint needs (Pango, fonts) are present.

Installs them with apt-get when running as root on Debian/Ubuntu; otherwise prints one line
saying what to install and exits non-zero.
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


def missing(names: list[str]) -> list[str]:
    return [name for name in names if ctypes.util.find_library(name) is None]


def install(packages: list[str]) -> bool:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = {"stdout": subprocess.DEVNULL, "env": env}
    subprocess.run(["apt-get", "update", "-q"], check=False, **quiet)
    result = subprocess.run(["apt-get", "install", "-y", "-q", *packages], check=False, **quiet)
    return result.returncode == 0


def main() -> int:
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
