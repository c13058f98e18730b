"""Memory kept and time per task as the number of tasks grows, measured: 2, 5 and 10 tasks (10 = one class each) on
Split MNIST and Split Fashion-MNIST, for generative replay (`best`), vanilla replay (every image kept) and joint
training, one seed each (issue 13; it checks the course report's claim that generative replay "scales almost
linearly" while vanilla replay's requirements grow faster).

Writes results/scaling/; read by nbs/12_efficiency.ipynb.

    python bench/experiments/scaling.py                         # everything, into results/scaling
    python bench/experiments/scaling.py --tasks 2 5 --datasets MNIST --max-per-task 500 --out /tmp/scaling   # a small check

OUT/scaling.json: one row per run with the time of each task, the bytes kept after each task, and ACC.
"""
import argparse, json, sys
from pathlib import Path
from genreplay_nb.config import Config, preset
from genreplay_nb.experiment import atomic_write
from genreplay_nb.sweep import run_sweep

STRATEGIES = {'generative': preset('best')['options'], 'replay': {}, 'joint': {}}

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tasks', nargs='+', type=int, default=[2, 5, 10]); ap.add_argument('--datasets', nargs='+', default=['MNIST', 'FashionMNIST'])
    ap.add_argument('--strategies', nargs='+', default=list(STRATEGIES), choices=list(STRATEGIES))
    ap.add_argument('--seed', type=int, default=0); ap.add_argument('--max-per-task', type=int)
    ap.add_argument('--out', default='results/scaling'); a = ap.parse_args()
    out, rows = Path(a.out), []
    cfgs = [Config(s, **(o | dict(dataset=d, n_tasks=n, seed=a.seed, max_per_task=a.max_per_task)))
            for d in a.datasets for s, o in STRATEGIES.items() if s in a.strategies for n in a.tasks]
    done = run_sweep(cfgs, out/'runs', stack=False, progress=False)
    for c in cfgs:
        r = done[c.key()]
        rows.append(dict(dataset=c.dataset, strategy=c.strategy, n_tasks=c.n_tasks, acc=r['metrics']['acc'],
                         time_per_task=r['time_per_task'], wall_time=r['wall_time'], bytes_kept=r['state_bytes'],
                         threads=r['threads'], device_name=r['device_name']))
        print(f"{c.dataset} {c.strategy} {c.n_tasks} tasks: ACC {rows[-1]['acc']:.3f}, {r['wall_time']:.0f} s, "
              f"{r['state_bytes'][-1]/2**20:.1f} MiB kept", flush=True)
    atomic_write(out/'scaling.json', json.dumps(dict(command=' '.join(['python', *sys.argv]), seed=a.seed, rows=rows), indent=1) + '\n')
