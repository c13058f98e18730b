"""A key fixes its result: each pair of configurations that differ only in the classifier is run together in one
sweep (where they may share the generator's training) and each alone; every deterministic field must be equal bit
for bit. Reduced size (300 images per task, 2 VAE epochs, 300 replayed per task) so that it runs in minutes.

Writes results/reliability/sweep_vs_alone.json; read by nbs/10_reliability.ipynb.

    OMP_NUM_THREADS=1 python bench/checks/sweep_vs_alone.py        # writes results/reliability/sweep_vs_alone.json

Read by the reliability page and issue 25's closing note.
"""
import argparse, json, os, sys, tempfile
from genreplay_nb.config import Config, preset
from genreplay_nb.experiment import run, atomic_write
from genreplay_nb.sweep import run_sweep, work_units

SMALL = dict(max_per_task=300, vae_epochs=2, n_replay=300, device='cpu')
BEST, WIDE = preset('best')['options'], preset('wide')['options']
PAIRS = {   # name -> (options of a, options of b), both at the reduced size
    'report; classifier 100-100': ({}, dict(mlp_hidden=[100, 100])),
    'report; 3 classifier epochs': ({}, dict(mlp_epochs=3)),
    'best; distillation T=4': (BEST, BEST | dict(distill=4.)),
    'best; wide': (BEST, WIDE),
    'best; 2 classifier epochs': (BEST, BEST | dict(mlp_epochs=2)),
}
FIELDS = ('R', 'b', 'metrics', 'losses', 'state_bytes', 'samples', 'flops_per_task')

def check(a:Config, b:Config)->dict:
    "Run a and b in one sweep and each alone; which fields differ, and whether they shared a generator's training"
    with tempfile.TemporaryDirectory() as d: together = run_sweep([a, b], d, progress=False)
    differ = {c.key(): [f for f in FIELDS if together[c.key()][f] != (alone := run(c, progress=False))[f]]
              for c in (a, b)}
    return dict(shared=len(work_units([a, b])) == 1, differing=differ)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default='results/reliability/sweep_vs_alone.json')
    ns = ap.parse_args()
    rows = []
    for name, (oa, ob) in PAIRS.items():
        a, b = Config(**(oa | SMALL)), Config(**(ob | SMALL))
        r = check(a, b)
        n = sum(map(len, r['differing'].values()))
        print(f"{name}: {'shared the VAE' if r['shared'] else 'separate VAEs'}; {n} fields differ", flush=True)
        rows.append(dict(pair=name, a=oa, b=ob, **r))
    threads = os.environ.get('OMP_NUM_THREADS')
    cmd = f"{'OMP_NUM_THREADS=' + threads + ' ' if threads else ''}python bench/checks/sweep_vs_alone.py"
    atomic_write(ns.out, json.dumps(dict(command=cmd, size=SMALL, fields=FIELDS, rows=rows), indent=1) + '\n')
    sys.exit(1 if any(sum(map(len, r['differing'].values())) for r in rows) else 0)
