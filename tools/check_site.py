"""Serve the built docs (_docs/) on localhost and check every page in headless Chromium (tools/site_check/check.mjs).

    python tools/check_site.py    # needs Debian's chromium and node; installs playwright-core (npm) on first use
Screenshots of the front page and the report page go to _site_check/. Also fails on a cross-reference to the
deployed site's own address (settings.ini doc_host) that points at no page of the local build.
"""
import subprocess, sys, threading, functools, http.server, socketserver, os, re, shutil
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
SITE, CHECK = ROOT/'_docs', ROOT/'tools'/'site_check'

def own_host_problems(site, host)->list:
    "Links to the deployed site's own address that point at no page of this site (a broken cross-reference)"
    bad = []
    for f in sorted(Path(site).rglob('*.html')):
        for m in re.finditer(re.escape(host) + r'([^"#?\s]*)', f.read_text()):
            target = Path(site)/(m.group(1) or 'index.html')
            if not target.exists(): bad.append(f"{f.name}: broken cross-reference {m.group(0)}")
    return bad

if __name__ == '__main__':
    if not (SITE/'index.html').exists(): sys.exit("no site in _docs/: run `make docs` first")
    if not shutil.which('chromium'): sys.exit("chromium not found: apt-get install -y chromium (Debian)")
    if not (CHECK/'node_modules'/'playwright-core').exists():
        subprocess.run(['npm', 'install', '--no-audit', '--no-fund'], cwd=CHECK, check=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    class Quiet(handler.func):
        def log_message(self, *a): pass
    httpd = socketserver.ThreadingTCPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=str(SITE)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    r = subprocess.run(['node', 'check.mjs'], cwd=CHECK, env=os.environ | dict(BASE=base, SITE=str(SITE), OUT=str(ROOT/'_site_check'),
                       CHROMIUM=shutil.which('chromium')))
    httpd.shutdown()
    sys.path.insert(0, str(ROOT/'tools')); from build_docs import own_host
    bad = own_host_problems(SITE, own_host())
    for b in bad: print('  ' + b)
    print(f"cross-references to {own_host()}: {len(bad)} broken")
    sys.exit(r.returncode or bool(bad))
