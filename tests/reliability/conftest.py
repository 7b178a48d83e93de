"""Fixtures of the reliability tests: a process that file permissions bind even when we run as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

#: Root reads any file through these two capabilities; without them it meets permissions like anyone.
DAC_CAPS = "-dac_override,-dac_read_search"


@pytest.fixture(scope="session")
def unprivileged() -> tuple[str, ...]:
    """A command prefix under which `chmod 000` really refuses access (the kernel's EACCES, not a mock).

    As root that is `setpriv` dropping the capabilities that bypass permissions, so the
    process keeps root's Python and packages; as another user nothing is needed.
    """
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    prefix = ("setpriv", f"--bounding-set={DAC_CAPS}", f"--inh-caps={DAC_CAPS}")
    probe = subprocess.run([*prefix, sys.executable, "-c", "print('ok')"], capture_output=True, text=True)
    if probe.stdout.strip() != "ok":
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.strip()[:200]}")
    return prefix
