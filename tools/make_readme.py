"""Generate README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which is not available everywhere).

The notebook is executed (so tables computed from the results files are current), then its markdown cells are
copied as they are, code cells shown as Python blocks (unless marked `#| echo: false` or `#| hide`), and outputs
rendered: markdown outputs as markdown, text as a code block. `--check` fails when README.md differs.
"""
import sys, argparse, difflib, os, re
from pathlib import Path
from execnb.nbio import read_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

ROOT = Path(__file__).resolve().parent.parent

def directives(src):
    return {l[3:].split(':')[0].strip(): l for l in src.splitlines() if l.startswith('#|')}

def relink(md:str)->str:
    "Links relative to nbs/ made relative to the repository's root"
    return re.sub(r'\]\((images/|\d\d\w*\.ipynb)', r'](nbs/\1', md)

def render(nb_path=ROOT/'nbs'/'index.ipynb'):
    nb = read_nb(nb_path)
    os.environ['IN_TEST'] = '1'   # quiet progress bars
    with working_directory(nb_path.parent): CaptureShell(nb_path).run_all(nb, exc_stop=True)
    parts = ["<!-- generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file -->"]
    for c in nb.cells:
        if c.cell_type == 'markdown': parts.append(relink(c.source.strip())); continue
        if c.cell_type != 'code': continue
        d = directives(c.source)
        if 'hide' in d or 'default_exp' in d: continue
        code = '\n'.join(l for l in c.source.splitlines() if not l.startswith('#|')).strip()
        if code and 'echo: false' not in ' '.join(d.values()): parts.append(f"```python\n{code}\n```")
        for o in c.get('outputs', []):
            data = o.get('data', {})
            if 'text/markdown' in data: parts.append(relink(''.join(data['text/markdown']).strip()))
            elif o.get('output_type') == 'stream' and o.get('name') == 'stdout': parts.append(f"```\n{''.join(o['text']).rstrip()}\n```")
            elif 'text/plain' in data and 'image/png' not in data: parts.append(f"```\n{''.join(data['text/plain']).rstrip()}\n```")
    return '\n\n'.join(p for p in parts if p) + '\n'

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--check', action='store_true', help="fail if README.md is not what the notebook generates")
    args = ap.parse_args()
    new, readme = render(), ROOT/'README.md'
    if args.check:
        old = readme.read_text() if readme.exists() else ''
        if old != new:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), 'README.md', 'generated'))
            sys.exit("README.md is stale: run `make readme` (tools/make_readme.py) and commit it")
        print("README.md is current")
    else:
        readme.write_text(new); print(f"wrote {readme}")
