"""Check the built docs (_docs/): links, anchors and text as plain Python over the HTML, then every page in
Chromium.

    python tools/check_site.py                 # needs Debian's chromium, node and playwright-core (npm)
    python tools/check_site.py --no-browser    # the HTML checks only

The HTML checks fail on an internal link to a missing page or to a `#anchor` that no `id=` or `name=` on the
target page defines, on a machine path (/root/..., /work/..., /home/..., /tmp/...) in a page's text, on
a command-line flag written with an en or em dash where `--` was meant ("–out"), and on a cross-reference to
the deployed site's own address (settings.ini doc_host) that points at no page of the local build. The
browser check (site_check/check.mjs) fails on a page, image or request that did not load, a console error, or
an anchor missing from the rendered page. Screenshots of the front page and the report page go to _site_check/.
"""
import argparse, functools, http.server, os, re, shutil, socketserver, subprocess, sys, threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE, CHECK = ROOT/'_docs', ROOT/'tools'/'site_check'


BLOCKS = {'p', 'div', 'td', 'th', 'tr', 'li', 'br', 'pre', 'table', 'section', 'h1', 'h2', 'h3', 'h4', 'h5'}

class PageParser(HTMLParser):
    "Collects a page's anchors (`id=`, `name=`), its links (`href=` of `a`) and its visible text"
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs, self.text, self._skip = set(), [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.ids.update(v for k in ('id', 'name') if (v := a.get(k)))
        if tag == 'a' and a.get('href'): self.hrefs.append(a['href'])
        if tag in ('script', 'style'): self._skip += 1
        if tag in BLOCKS: self.text.append('\n')                # cells and paragraphs do not run together

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self._skip: self._skip -= 1

    def handle_data(self, data):
        if not self._skip: self.text.append(data)


def parse_page(path)->PageParser:
    "The anchors, links and text of the page at `path`"
    p = PageParser()
    p.feed(Path(path).read_text(errors='replace'))
    p.close()
    return p


def internal_target(page:Path, href:str):
    "The file and anchor an `href` on `page` points at, or None for an external link"
    u = urlsplit(href)
    if u.scheme or u.netloc or href.startswith('//'): return None
    target = (page.parent/unquote(u.path)).resolve() if u.path else page
    if target.is_dir(): target = target/'index.html'
    return target, unquote(u.fragment)

def link_problems(site)->list:
    "Internal links to a page that is not in `site`, or to an `#anchor` that the target page does not define"
    # `#top` needs no anchor: browsers scroll to the top of the page
    site, bad = Path(site).resolve(), []
    pages = {f: parse_page(f) for f in sorted(site.rglob('*.html'))}
    for f, page in pages.items():
        for href in dict.fromkeys(page.hrefs):
            t = internal_target(f, href)
            if t is None: continue
            target, anchor = t
            where = f.relative_to(site)
            if not target.exists(): bad.append(f"{where}: link to a missing page: {href}")
            elif anchor and anchor.lower() != 'top' and target.suffix == '.html' and \
                    anchor not in pages.get(target, PageParser()).ids:
                bad.append(f"{where}: link to a missing anchor: {href}")
    return bad


MACHINE_PATH = re.compile(r'(?<![\w.~/-])/(?:root|work|home|tmp)/[\w.~-]+(?:/[\w.~-]+)*')
DASH_FLAG = re.compile(r'(?:^|(?<=[\s(\[`"\'“‘]))[–—]{1,2}[a-z][a-z0-9]*(?:-[a-z0-9]+)*')

def text_problems_in(text:str)->list:
    "Machine paths, and command-line flags written with an en or em dash, in `text`"
    return ([f"machine path {m.group(0)!r}" for m in MACHINE_PATH.finditer(text)] +
            [f"flag with a dash instead of '--': {m.group(0)!r}" for m in DASH_FLAG.finditer(text)])

def text_problems(site)->list:
    "Pages of `site` whose text shows a machine path or a flag written with an en or em dash"
    site = Path(site).resolve()
    return [f"{f.relative_to(site)}: {p}" for f in sorted(site.rglob('*.html'))
            for p in dict.fromkeys(text_problems_in(''.join(parse_page(f).text)))]


def own_host_problems(site, host)->list:
    "Links to the deployed site's own address that point at no page of this site (a broken cross-reference)"
    bad = []
    for f in sorted(Path(site).rglob('*.html')):
        for m in re.finditer(re.escape(host) + r'([^"#?\s]*)', f.read_text()):
            target = Path(site)/(m.group(1) or 'index.html')
            if not target.exists(): bad.append(f"{f.name}: broken cross-reference {m.group(0)}")
    return bad

def html_problems(site, host)->list:
    "Every problem the HTML checks find in `site`"
    return link_problems(site) + text_problems(site) + own_host_problems(site, host)


def browser_check()->int:
    "Serve SITE on localhost and run site_check/check.mjs in headless Chromium; its exit code"
    if not shutil.which('chromium'): sys.exit("chromium not found: apt-get install -y chromium (Debian)")
    if not (CHECK/'node_modules'/'playwright-core').exists():
        subprocess.run(['npm', 'install', '--no-audit', '--no-fund'], cwd=CHECK, check=True)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a): pass
    httpd = socketserver.ThreadingTCPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=str(SITE)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    env = os.environ | dict(BASE=f"http://127.0.0.1:{httpd.server_address[1]}/", SITE=str(SITE),
                            OUT=str(ROOT/'_site_check'), CHROMIUM=shutil.which('chromium'))
    try: return subprocess.run(['node', 'check.mjs'], cwd=CHECK, env=env).returncode
    finally: httpd.shutdown()


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--no-browser', action='store_true', help="run the HTML checks only")
    args = ap.parse_args()
    if not (SITE/'index.html').exists(): sys.exit("no site in _docs/: run `make docs` first")
    rc = 0 if args.no_browser else browser_check()
    sys.path.insert(0, str(ROOT/'tools'))
    from build_docs import own_host
    bad = html_problems(SITE, own_host())
    for b in bad: print('  ' + b)
    print(f"HTML checks (links, anchors, machine paths, dashed flags, cross-references to {own_host()}): "
          f"{len(bad)} problems")
    sys.exit(rc or bool(bad))
