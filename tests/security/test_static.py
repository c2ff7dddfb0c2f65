"""Static analysis: bandit finds nothing in the application (each remaining finding is justified
inline with a `# nosec` and the reason on the line above)."""
import json
import subprocess
import sys

import pytest

from ..conftest import need
from ..live import ROOT

pytestmark = pytest.mark.once  # its result does not depend on the database: not run again on PostgreSQL


def test_bandit_is_clean():
    need(subprocess.run([sys.executable, "-m", "bandit", "--version"], capture_output=True).returncode == 0,
         "bandit is not installed: pip install -e '.[test]'")
    result = subprocess.run([sys.executable, "-m", "bandit", "-r", "app", "-f", "json", "-q"], cwd=ROOT,
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    findings = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in report["results"]]
    assert findings == [], "\n".join(findings)
    assert report["metrics"]["_totals"]["loc"] > 3000  # it did read the code
