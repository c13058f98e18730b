"Check a report output folder: every figure and results file exists and the numbers are sane (used by CI)"
import sys, json, csv
from pathlib import Path
from PIL import Image
out = Path(sys.argv[1])
need = ['report.ipynb', 'fig1_sensitivity.png', 'fig2_fig3_accuracy.png', 'fig4_memory_time.png',
        'fig5_samples.png', 'fig6_scaling.png', 'results.json', 'table1.csv', 'sensitivity.csv',
        'comparison.csv', 'scaling.csv']
missing = [f for f in need if not (out/f).exists() or (out/f).stat().st_size == 0]
if missing: sys.exit(f"report in {out}: missing or empty: {missing}")
for f in need:
    if f.endswith('.png'):
        with Image.open(out/f) as im:
            im.verify()
            assert im.format == 'PNG' and 300 <= im.size[0] <= 700, (f, im.format, im.size)   # 644-px column
assert [row['metric'] for row in csv.DictReader(open(out/'table1.csv'))] == ['ACC', 'FWT', 'BWT', 'CE']
r = json.loads((out/'results.json').read_text())
t1 = {row['metric']: row['ours'] for row in r['table1']}
assert 0 < t1['ACC'] <= 1 and -1 <= t1['BWT'] <= 0.1 and -1 <= t1['FWT'] <= 1 and 0 < t1['CE'] <= 1, t1
assert len(r['sensitivity']) >= 2 and all(0 < s['acc'] <= 1 for s in r['sensitivity']), r['sensitivity']
acc = {c['strategy']: c['acc'] for c in r['comparison']}
assert acc['generative'] > acc.get('finetune', 0), acc   # replay must beat doing nothing
sc = {(s['strategy'], s['n_tasks']): s for s in r['scaling']}
assert {n for _, n in sc} == {2, 5, 10}, sorted(sc)
assert {s for s, _ in sc} == {'generative', 'replay', 'joint'}, sorted(sc)
assert sc['replay', 10]['mb_kept'] > sc['replay', 2]['mb_kept'], sc
assert all(s['total_s'] > 0 for s in sc.values()), sc
print(f"report in {out} is complete: ACC {t1['ACC']:.3f}, BWT {t1['BWT']:.3f}; comparison {acc}")
