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
import os, sys, shutil, subprocess, time, argparse
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
    os.environ['IN_TEST'] = '1'
    skip = set(get_config(path=ROOT).tst_flags.split())
    report = ROOT/'results'/'report'/'report.ipynb'     # the published report (tools/publish_report.py), never a smoke run
    for nb in sorted(build.glob('*.ipynb')):
        if nb.name.startswith('_'): continue
        if nb.name == '09_report.ipynb':
            if report.exists(): shutil.copy(report, nb); print(f"{nb.name}: the published report from {report}")
            else: print(f"{nb.name}: no published report in {report.parent}: the page shows the notebook unexecuted")
            continue
        t = time.time(); execute(nb, skip); print(f"{nb.name}: executed in {time.time()-t:.1f} s", flush=True)
    shutil.rmtree(ROOT/'_proc', ignore_errors=True)
    subprocess.run([str(BIN/'nbdev_proc_nbs'), '--path', str(build)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cmd = [str(BIN/'smalldocs'), 'render', '_proc'] if renderer == 'smalldocs' else ['quarto', 'render', '_proc']
    subprocess.run(cmd, check=True, cwd=ROOT)
    shutil.rmtree(ROOT/'_docs', ignore_errors=True); shutil.move(str(ROOT/'_proc'/'_docs'), str(ROOT/'_docs'))
    print(f"site built in _docs/ in {time.time()-t0:.0f} s")

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--renderer', choices=['smalldocs', 'quarto'], default='smalldocs')
    main(ap.parse_args().renderer)
