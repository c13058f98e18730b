"""Today's engine against the previous one (the batched stack of hand-written stacked layers), side by side.

Each pair starts both engines at once, one thread each (2 cores), on the same configuration: `best` at a reduced size
(`max_per_task`, default 2000 training images per task), first one run (seed 0), then 5 seeds as one stack. The
previous engine runs from a git worktree of the commit given (`--old`), with this checkout's virtual environment.
Prints, per pair, each engine's process wall time and whether their accuracy matrices agree bit for bit; then the
medians and their ratio (today / previous). Writes results/speed/engine_speed.json; read by the README.

    OMP_NUM_THREADS=1 python bench/speed/engine_speed.py --old 9f5d11a --pairs 2 --json results/speed/engine_speed.json
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import json, sys, time, torch
from genreplay_nb.config import preset_config
from genreplay_nb.experiment import run
seeds, k = json.loads(sys.argv[1]), int(sys.argv[2])
cfgs = [preset_config('best', seed=s, device='cpu', max_per_task=k) for s in seeds]
t0 = time.perf_counter()
res = run(cfgs if len(cfgs) > 1 else cfgs[0], progress=False)
res = res if isinstance(res, list) else [res]
print(json.dumps(dict(seconds=time.perf_counter() - t0, R=[r['R'] for r in res], threads=torch.get_num_threads())))
"""

def start(tree, seeds, k):
    env = dict(os.environ, OMP_NUM_THREADS='1', PYTHONPATH=str(tree))
    return subprocess.Popen([sys.executable, '-c', CODE, json.dumps(seeds), str(k)], cwd=tree, env=env,
                            stdout=subprocess.PIPE, text=True)

def pair(old, seeds, k):
    "Both engines at once; each one's seconds and accuracy matrices"
    ps = {'today': start(ROOT, seeds, k), 'previous': start(old, seeds, k)}
    return {name: json.loads(p.communicate()[0].strip().splitlines()[-1]) for name, p in ps.items()}

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--old', required=True, help="the previous engine's commit")
    ap.add_argument('--pairs', type=int, default=2)
    ap.add_argument('--max-per-task', type=int, default=2000)
    ap.add_argument('--json')
    a = ap.parse_args()
    tree = Path(tempfile.mkdtemp(prefix='old-engine-', dir='/tmp'))/'wt'
    subprocess.run(['git', 'worktree', 'add', '--detach', str(tree), a.old], cwd=ROOT, check=True, capture_output=True)
    rows = {}
    try:
        for what, seeds in (('one run', [0]), ('stack of 5', [0, 1, 2, 3, 4])):
            got = [pair(tree, seeds, a.max_per_task) for _ in range(a.pairs)]
            for i, g in enumerate(got):
                print(f"{what}, pair {i+1}: today {g['today']['seconds']:.1f} s, previous {g['previous']['seconds']:.1f} s, "
                      f"R identical: {g['today']['R'] == g['previous']['R']}", flush=True)
            med = {e: statistics.median(g[e]['seconds'] for g in got) for e in ('today', 'previous')}
            rows[what] = dict(seconds={e: [g[e]['seconds'] for g in got] for e in med}, median=med,
                              ratio=med['today'] / med['previous'],
                              R_identical=[g['today']['R'] == g['previous']['R'] for g in got])
            print(f"{what}: median today {med['today']:.1f} s, previous {med['previous']:.1f} s, "
                  f"ratio {rows[what]['ratio']:.3f}", flush=True)
    finally:
        subprocess.run(['git', 'worktree', 'remove', '--force', str(tree)], cwd=ROOT, capture_output=True)
    out = dict(command='OMP_NUM_THREADS=1 python ' + ' '.join(['bench/speed/engine_speed.py', *sys.argv[1:]]),
               old=a.old, config=f"best, max_per_task={a.max_per_task}, cpu, 1 thread per engine, both at once",
               max_per_task=a.max_per_task, pairs=a.pairs,
               rows=rows)
    if a.json: Path(a.json).write_text(json.dumps(out, indent=1) + '\n')
