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

from check_site import link_problems, text_problems, html_problems

def plant(folder, index_body, other_body='<h2 id="load_split">load_split</h2><a name="old-anchor"></a>'):
    "A two-page site: index.html (what the test varies) and 00_data.html with two anchors (`#top` needs none)"
    folder.mkdir()
    (folder/'index.html').write_text(f'<html><body>{index_body}</body></html>')
    links = '<a href="index.html#intro">intro</a><a href="#top">top</a>'
    (folder/'00_data.html').write_text(f'<html><body>{other_body}{links}</body></html>')
    return folder

GOOD = ('<p>See <a href="00_data.html#load_split">load_split</a>, <a href="00_data.html#old-anchor">the old '
        'name</a>, <a href="#intro">above</a> and <a href="https://example.org/x#y">elsewhere</a>.</p>'
        '<h2 id="intro">Intro</h2><p>Run <code>genreplay run --out results/best</code>; accuracy 0.908–0.946 '
        '– a range, 2–3 tasks, ~/data.</p>')

def test_clean_site_passes(tmp_path):
    assert html_problems(plant(tmp_path/'site', GOOD), HOST) == []

def test_missing_anchor_fails(tmp_path):
    site = plant(tmp_path/'site', GOOD + '<a href="00_data.html#load-split">typo</a><a href="#nowhere">x</a>')
    assert link_problems(site) == ["index.html: link to a missing anchor: 00_data.html#load-split",
                                   "index.html: link to a missing anchor: #nowhere"]

def test_missing_page_fails(tmp_path):
    site = plant(tmp_path/'site', GOOD + '<a href="13_results.html">results</a>')
    assert link_problems(site) == ["index.html: link to a missing page: 13_results.html"]

def test_machine_path_fails(tmp_path):
    table = '<table><tr><td>best</td><td>/root/out/bench_best.json</td></tr></table>'
    site = plant(tmp_path/'site', GOOD + table)
    assert text_problems(site) == ["index.html: machine path '/root/out/bench_best.json'"]
    for p in ('/work/main/nbs', '/home/me/x', '/tmp/bir'):
        assert text_problems(plant(tmp_path/p.replace('/', '_'), GOOD + f'<p>read {p}</p>')) != []

def test_dash_flag_fails(tmp_path):
    site = plant(tmp_path/'site', GOOD + '<p>Run genreplay run \u2013out x \u2014vae-ep 1 (\u2013quiet)</p>')
    assert text_problems(site) == ["index.html: flag with a dash instead of '--': '\u2013out'",
                                   "index.html: flag with a dash instead of '--': '\u2014vae-ep'",
                                   "index.html: flag with a dash instead of '--': '\u2013quiet'"]
