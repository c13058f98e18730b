"""Copy the small results of a finished `make report` into the repository: results.json, the CSV tables and the executed
report notebook (the docs' Report page) into results/report/, three figures into nbs/images/ for the front page and the README.

    python tools/publish_report.py [report_out]
"""
import sys, shutil, json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT/'report_out')
if not (src/'results.json').exists(): sys.exit(f"{src}/results.json not found: run `make report` first")
r = json.loads((src/'results.json').read_text())
if not r.get('full'): sys.exit(f"{src} holds a {r['preset']!r} report with seeds {r['seeds']}; publish only the full one "
                              f"(genreplay report --seeds 0 1 2 3 4)")
dst = ROOT/'results'/'report'; dst.mkdir(parents=True, exist_ok=True)
for f in ['results.json', 'table1.csv', 'sensitivity.csv', 'comparison.csv', 'scaling.csv', 'report.ipynb']: shutil.copy(src/f, dst/f)
img = ROOT/'nbs'/'images'; img.mkdir(exist_ok=True)
shutil.copy(src/'fig2_fig3_accuracy.png', img/'accuracy.png'); shutil.copy(src/'fig4_memory_time.png', img/'memory_time.png')
shutil.copy(src/'fig6_scaling.png', img/'scaling.png')
print(f"copied {src} -> {dst} and {img}")
