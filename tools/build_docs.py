"""Build the docs site without Quarto: execute the notebooks, process them with nbdev, render with smalldocs.

    python tools/build_docs.py                      # writes the site to _docs/ (smalldocs)
    python tools/build_docs.py --renderer quarto    # the same with Quarto (the GitHub deploy workflow)

1. copy nbs/ to _build/nbs and execute each notebook there, saving its outputs (cells flagged with settings.ini's
   tst_flags, such as `#| slow`, are skipped, as under nbdev_test). The Report page is the published report
   (results/report/report.ipynb, copied there by tools/publish_report.py from a full `genreplay report --seeds 0 1 2 3 4`),
   never a smoke run;
2. `nbdev_proc_nbs` on _build/nbs (show_doc entries, front matter) into _proc/;
3. `smalldocs render _proc` (or `quarto render _proc`) with the same _quarto.yml, nbdev.yml and sidebar.yml; the site
   is moved to _docs/.
"""
import os, re, sys, json, shutil, subprocess, time, argparse
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.config import get_config

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

def execute(nb_path, skip):
    nb = read_nb(nb_path)
    def no_eval(cell):
        if cell.cell_type != 'code': return True
        if 'nbdev_export' + '(' in cell.source: return True
        flags = {l[3:].strip().split()[0] for l in cell.source.splitlines() if l.startswith('#| ') and l[3:].strip()}
        return bool(flags & skip) or '#| eval: false' in cell.source
    with working_directory(nb_path.parent): CaptureShell(nb_path).run_all(nb, exc_stop=True, preproc=no_eval)
    write_nb(nb, nb_path)

def main(renderer='smalldocs'):
    t0 = time.time()
    build = ROOT/'_build'/'nbs'
    shutil.rmtree(ROOT/'_build', ignore_errors=True); shutil.copytree(ROOT/'nbs', build)
    shutil.copytree(ROOT/'results', ROOT/'_build'/'results')   # the front page reads ../results
    shutil.copytree(ROOT/'tools', ROOT/'_build'/'tools', ignore=shutil.ignore_patterns('node_modules'))   # 13_results
    os.environ['IN_TEST'] = '1'
    skip = set(get_config(path=ROOT).tst_flags.split())
    report = ROOT/'results'/'report'/'report.ipynb'     # the published report (tools/publish_report.py), never a smoke run
    for nb in sorted(build.glob('*.ipynb')):
        if nb.name.startswith('_'): continue
        if nb.name == '09_report.ipynb':
            if report.exists():
                nb.write_text(no_machine_paths(report.read_text()))
                print(f"{nb.name}: the published report from {report}")
            else: print(f"{nb.name}: no published report in {report.parent}: the page shows the notebook unexecuted")
            continue
        t = time.time(); execute(nb, skip); print(f"{nb.name}: executed in {time.time()-t:.1f} s", flush=True)
    shutil.rmtree(ROOT/'_proc', ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT/'tools'/'proc_nbs.py'), str(build)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cmd = [str(BIN/'smalldocs'), 'render', '_proc'] if renderer == 'smalldocs' else ['quarto', 'render', '_proc']
    subprocess.run(cmd, check=True, cwd=ROOT)
    pages = page_names(ROOT/'_proc')
    shutil.rmtree(ROOT/'_docs', ignore_errors=True); shutil.move(str(ROOT/'_proc'/'_docs'), str(ROOT/'_docs'))
    if renderer == 'smalldocs':
        n = local_links(ROOT/'_docs', own_host(), pages); print(f"{n} links to {own_host()} made local")
        vendor_katex(ROOT/'_docs')
    print(f"site built in _docs/ in {time.time()-t0:.0f} s")

def no_machine_paths(text:str)->str:
    "A notebook's text with the machine's folders cut: `/work/x/report_out/a.csv` -> `report_out/a.csv`, `/tmp/q` -> `q`"
    text = re.sub(r'/(?:root|tmp|work|home)(?:/[\w.-]+)*/(report_out)\b', r'\1', text)
    return re.sub(r'/(?:root|tmp|work|home)(?:/[\w.-]+)*/([\w.-]+)', r'\1', text)

def own_host()->str:
    "The deployed site's address, which nbdev writes into cross-references (settings.ini doc_host + doc_baseurl)"
    c = get_config(path=ROOT); return c.doc_host.rstrip('/') + '/' + c.doc_baseurl.strip('/') + '/'

def page_names(proc)->dict:
    "Deployed page name (Quarto names a page by its output-file) -> the page smalldocs makes (by notebook name)"
    out = {}
    for nb in Path(proc).glob('*.ipynb'):
        src = ''.join(c for cell in json.loads(nb.read_text())['cells'] for c in cell['source'])
        m = re.search(r'^output-file:\s*(\S+)', src, re.M)
        out[m.group(1) if m else nb.stem + '.html'] = nb.stem + '.html'
    return out

def local_links(site, host, pages)->int:
    "Rewrite cross-references to the deployed site into links to this site's pages; returns how many"
    pat, n = re.compile(re.escape(host) + r'([\w.-]+\.html)?'), 0
    for f in Path(site).rglob('*.html'):
        text = f.read_text()
        new, k = pat.subn(lambda m: pages.get(m.group(1), m.group(1)) if m.group(1) else 'index.html', text)
        if k: f.write_text(new); n += k
    return n

KATEX = 'https://cdn.jsdelivr.net/npm/katex@0.16.11/dist'
def vendor_katex(site):
    "Serve KaTeX (the maths) from the site itself, so that formulas render offline: fetched with npm at build time"
    pages = [f for f in Path(site).rglob('*.html') if KATEX in f.read_text()]
    if not pages: return
    tmp = ROOT/'_build'/'katex'; tmp.mkdir(parents=True, exist_ok=True)
    subprocess.run(['npm', 'pack', 'katex@0.16.11', '--silent'], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['tar', 'xzf', 'katex-0.16.11.tgz'], cwd=tmp, check=True)
    shutil.copytree(tmp/'package'/'dist', Path(site)/'site_libs'/'katex', dirs_exist_ok=True)
    for f in pages:
        rel = os.path.relpath(Path(site)/'site_libs'/'katex', f.parent)
        f.write_text(f.read_text().replace(KATEX, rel))
    print(f"KaTeX served locally on {len(pages)} pages")

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--renderer', choices=['smalldocs', 'quarto'], default='smalldocs')
    main(ap.parse_args().renderer)
