"""Regenerate the README's headline results with today's engine, and compare them with the committed ones.

The sets are the report's configuration (Table 1), `best` and `wide`, 5 seeds each. The script prints its plan first
(the runs, those already done in the output folder, and an estimate from the FLOPs each run will do, counted with its
training skipped, and the training rates timed here), then runs what is missing, each configuration's seeds as one
stack (a killed run resumes from its checkpoint when asked again), then compares each set with its committed folder:
per metric the old and new mean and std, whether the new mean lies within the old seeds' spread (old mean ± old std),
and how many runs are the same bits (their accuracy matrices equal). `make results` runs it.

    OMP_NUM_THREADS=1 python bench/experiments/regenerate.py --out regen --workers 2 --json results/regen/compare.json

Writes the runs to --out (not committed) and the comparison to --json; read by the README (nbs/index.ipynb).
"""
import argparse, json, os, sys, time
from pathlib import Path
import numpy as np
import torch
from genreplay_nb.config import preset_config
from genreplay_nb.experiment import result_path, load_results, mean_and_std
from genreplay_nb.learner import load_data
from genreplay_nb.report import count_ops, step_rate, duration
from genreplay_nb.sweep import run_sweep

ROOT = Path(__file__).resolve().parents[2]
SETS = {'table1': ('report', 'results/table1'), 'best': ('best', 'results/best'),
        'wide': ('wide', 'results/search/mnist/runs')}        # name: (preset, committed folder)
METRICS = ('acc', 'bwt', 'fwt')

def configs(name, seeds): return [preset_config(SETS[name][0], seed=s, device='cpu') for s in seeds]

def plan(names, seeds, out, workers):
    "Print what will run and an estimate of how long it takes; returns the estimate in seconds"
    lines, total, data, dev = [], 0., None, torch.device('cpu')
    for name in names:
        cs = configs(name, seeds)
        todo = [c for c in cs if not result_path(c, out).exists()]
        secs = 0.
        if todo:
            c = todo[0]
            data = data or load_data(c)
            ops = count_ops(c, data)
            rc = step_rate('classifier', c, 20, data.shape, data.n_classes)
            rv = step_rate('vae', c, 20, data.shape, data.n_classes)
            secs = len(todo) * sum(k / rc + (a - k) / rv for a, k in zip(ops['all'], ops['clf']))
            lines.append(f"  {name} (preset {SETS[name][0]}): {len(todo)} of {len(cs)} runs to do, "
                         f"{len(todo) * sum(ops['all']) / 1e12:.1f} TFLOP, about {duration(secs)} on one thread "
                         f"(classifier {rc / 1e9:.0f} GFLOP/s, VAE {rv / 1e9:.0f} GFLOP/s)")
        else: lines.append(f"  {name} (preset {SETS[name][0]}): all {len(cs)} runs done")
        total += secs
    est = total / max(1, workers)
    print(f"Plan: {len(names)} sets of {len(seeds)} seeds into {out}, each configuration's seeds as one stack, "
          f"{max(1, workers)} process(es) of one thread\n" + '\n'.join(lines) +
          f"\nEstimate: {duration(est)} ({est:.0f} s)", flush=True)
    return est

def compare(names, seeds, out):
    "Each set's metrics, old against new, and whether the new mean lies within the old seeds' spread"
    res = {}
    for name in names:
        cs = configs(name, seeds)
        old = [load_results(result_path(c, ROOT/SETS[name][1])) for c in cs]
        new = [load_results(result_path(c, out)) for c in cs]
        row = dict(committed=SETS[name][1], same_bits=sum(o['R'] == n['R'] for o, n in zip(old, new)),
                   seconds=dict(old=mean_and_std([o['wall_time'] for o in old]),
                                new=mean_and_std([n['wall_time'] for n in new])))
        for m in METRICS:
            (om, os_), (nm, ns) = (mean_and_std([r['metrics'][m] for r in rs]) for rs in (old, new))
            row[m] = dict(old=[om, os_], new=[nm, ns], within=bool(abs(nm - om) <= os_ + 1e-12))
        res[name] = row
        print(f"{name}: " + ', '.join(f"{m.upper()} {row[m]['old'][0]:.3f} ± {row[m]['old'][1]:.3f} -> "
                                      f"{row[m]['new'][0]:.3f} ± {row[m]['new'][1]:.3f}"
                                      f" ({'within' if row[m]['within'] else 'OUTSIDE'} the old spread)"
                                      for m in METRICS) + f"; {row['same_bits']} of {len(cs)} runs the same bits")
    return res

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default='regen', help="folder of the regenerated runs (default: regen)")
    ap.add_argument('--sets', nargs='+', default=list(SETS), choices=list(SETS))
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2, 3, 4])
    ap.add_argument('--workers', type=int, default=0, help="worker processes (0: this one)")
    ap.add_argument('--plan', action='store_true', help="print the plan and stop")
    ap.add_argument('--json', help="write the comparison here")
    a = ap.parse_args()
    out = Path(a.out)
    est = plan(a.sets, a.seeds, out, a.workers)
    if a.plan: sys.exit(0)
    t0 = time.perf_counter()
    run_sweep([c for n in a.sets for c in configs(n, a.seeds)], out, a.workers)
    took = time.perf_counter() - t0
    print(f"Ran in {duration(took)} ({took:.0f} s; estimated {est:.0f} s)", flush=True)
    rows = compare(a.sets, a.seeds, out)
    if a.json:
        cmd = ' '.join([*([f"OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}"] if 'OMP_NUM_THREADS' in os.environ
                          else []), 'python', 'bench/experiments/regenerate.py', *sys.argv[1:]])
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps(dict(command=cmd, estimate_s=est, seconds=took, workers=a.workers,
                                                seeds=a.seeds, sets=rows), indent=1) + '\n')
