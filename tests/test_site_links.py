"The docs check fails on a broken cross-reference and passes on good ones (no browser needed for this part)"
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent/'tools'))
from check_site import own_host_problems
from build_docs import local_links

HOST = 'https://example.github.io/pkg/'

def test_broken_cross_reference_fails(tmp_path):
    (tmp_path/'00_data.html').write_text('<a href="x">x</a>')
    (tmp_path/'index.html').write_text(f'<a href="{HOST}data.html#load_split">load_split</a> <a href="{HOST}">home</a>')
    assert own_host_problems(tmp_path, HOST) == [f"index.html: broken cross-reference {HOST}data.html"]
    assert local_links(tmp_path, HOST, {'data.html': '00_data.html'}) == 2      # made local: the link now resolves
    assert own_host_problems(tmp_path, HOST) == []
    assert 'href="00_data.html#load_split"' in (tmp_path/'index.html').read_text()
