"Run every notebook the way `nbdev_test` does, one pytest test per notebook, so CI gets a count"
import os
from pathlib import Path
import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook  # aliased: pytest would collect a name starting with test_

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT/'nbs'
# nbdev skips underscore-prefixed notebooks and folders; so do we
NOTEBOOKS = sorted(p for p in NBS.rglob('*.ipynb')
                   if not any(part.startswith(('_', '.')) for part in p.relative_to(NBS).parts))
# cells tagged with a flag in settings.ini's tst_flags are skipped unless named in GENREPLAY_TEST_FLAGS ("slow gpu")
FORCE = os.environ.get('GENREPLAY_TEST_FLAGS', '').split()

def test_found_notebooks():
    assert len(NOTEBOOKS) >= 7, NOTEBOOKS

@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: str(p.relative_to(NBS)))
def test_notebook(nb):
    cfg = get_config(path=ROOT)
    ok, secs = run_notebook(nb, skip_flags=cfg.tst_flags.split(), force_flags=FORCE, basepath=ROOT)
    assert ok, f"{nb.name} failed (traceback above)"

def test_report_smoke(tmp_path):
    "`genreplay report --preset smoke`, asked for explicitly, runs the shipped report notebook end to end"
    from genreplay_nb.cli import main
    out = tmp_path/'smoke'
    assert main(['report', '--preset', 'smoke', '--out', str(out)]) == 0
    nb = (out/'report.ipynb').read_text()
    assert 'Not the published report' in nb and (out/'results.json').exists()
