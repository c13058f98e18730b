"""(The previous engine's: it batched a stack's members, and this script needs its models.stack_models. Run it from a
worktree of commit 9f5d11a, e.g. `git worktree add ../old 9f5d11a`; today's engine runs members one after another.)

One training step of the report's models for 5 seeds, on the CPU: a stack of 5 against 5 plain models one after the
other, timed alternately in one process (medians over rounds), with the share of the stack's time in matrix products,
Adam and the rest (torch.profiler). The stack is timed both ways a CPU can run its layers: one product per member (the
default on a CPU) and one batched product per layer (`models.BATCHED_MATMUL = True`, the GPU's path). The step-level
view of issue 12's CPU targets: the whole-run figures are bench/speed/batched.py's.

Writes results/speed/stack_step.json; read by nbs/13_results.ipynb.

    OMP_NUM_THREADS=2 python bench/speed/stack_step.py --runs 5 --json results/speed/stack_step.json

On this shared machine a process's timings can sit 30% apart from the next one's, so `--runs K` repeats the whole
measurement in K fresh processes, one after the other, and records each one's medians beside their median and range.
"""
import argparse, json, statistics, subprocess, sys, tempfile, time
import torch
import genreplay_nb.models as models
from torch.profiler import profile, ProfilerActivity
from genreplay_nb.models import VAE, MLP, stack_models
from genreplay_nb.training import adam, vae_step, clf_step

def steps(make, n, bs=128):
    "A stacked step and the n plain steps it replaces, on the same data"
    torch.manual_seed(0); ms = [make() for _ in range(n)]; st = stack_models(ms)
    x, y = torch.rand(n, bs, 784), torch.randint(0, 10, (n, bs)); g = [torch.Generator().manual_seed(i) for i in range(n)]
    vae = isinstance(ms[0], VAE); so, po = adam(st), [adam(m) for m in ms]
    stacked = (lambda: vae_step(st, so, x, g)) if vae else (lambda: clf_step(st, so, x, y))
    def plain():
        for k, (m, o) in enumerate(zip(ms, po)): vae_step(m, o, x[k], g[k]) if vae else clf_step(m, o, x[k], y[k])
    return stacked, plain

def timed(f, k):
    t = time.perf_counter()
    for _ in range(k): f()
    return (time.perf_counter() - t) / k * 1e3

def shares(f, k=20):
    with profile(activities=[ProfilerActivity.CPU]) as p:
        for _ in range(k): f()
    ev = p.key_averages(); tot = sum(e.self_cpu_time_total for e in ev)
    mm = sum(e.self_cpu_time_total for e in ev if e.key in ('aten::addmm', 'aten::mm', 'aten::bmm', 'aten::baddbmm'))
    ad = sum(e.self_cpu_time_total for e in ev if 'adam' in e.key.lower())
    return dict(matmul=mm/tot, adam=ad/tot, rest=1 - (mm + ad)/tot)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--members', type=int, default=5); ap.add_argument('--rounds', type=int, default=7)
    ap.add_argument('--steps', type=int, default=20); ap.add_argument('--runs', type=int, default=1)
    ap.add_argument('--json'); a = ap.parse_args()
    command = f"OMP_NUM_THREADS={torch.get_num_threads()} python " + ' '.join(sys.argv)
    if a.runs > 1:                                              # K fresh processes, each this script with --runs 1
        runs = []
        for k in range(a.runs):
            with tempfile.TemporaryDirectory() as d:
                print(f"run {k+1}/{a.runs}", flush=True)
                subprocess.run([sys.executable, __file__, '--members', str(a.members), '--rounds', str(a.rounds), '--steps',
                                str(a.steps), '--json', f'{d}/r.json'], check=True)
                runs.append(json.load(open(f'{d}/r.json'))['rows'])
        keys = ('ms_stacked', 'ms_stacked_batched', 'ms_one_by_one', 'ratio', 'ratio_batched')
        rows = [dict(model=rs[0]['model'], members=rs[0]['members'], threads=rs[0]['threads'],
                     **{k: statistics.median(r[k] for r in rs) for k in keys},
                     **{f'{k}_range': [min(r[k] for r in rs), max(r[k] for r in rs)] for k in ('ratio', 'ratio_batched')},
                     stack_shares={s: statistics.median(r['stack_shares'][s] for r in rs) for s in rs[0]['stack_shares']}, runs=rs)
                for rs in zip(*runs)]
        for r in rows: print(f"{r['model']}: median of {a.runs} processes: ratio {r['ratio']:.3f} (range {r['ratio_range'][0]:.3f}-{r['ratio_range'][1]:.3f}), "
                             f"batched products {r['ratio_batched']:.3f} (range {r['ratio_batched_range'][0]:.3f}-{r['ratio_batched_range'][1]:.3f})")
    else:
        rows = []
        for name, make in [('VAE 784-512-256-2', VAE), ('MLP 784-400-400-10', MLP)]:
            stacked, plain = steps(make, a.members)
            def batched(): models.BATCHED_MATMUL = True; stacked(); models.BATCHED_MATMUL = None
            for _ in range(3): stacked(); batched(); plain()    # warm-up
            s, b, p = [], [], []
            for _ in range(a.rounds): s.append(timed(stacked, a.steps)); b.append(timed(batched, a.steps)); p.append(timed(plain, a.steps))
            row = dict(model=name, members=a.members, ms_stacked=statistics.median(s), ms_stacked_batched=statistics.median(b),
                       ms_one_by_one=statistics.median(p), ratio=statistics.median(x/y for x, y in zip(s, p)),
                       ratio_batched=statistics.median(x/y for x, y in zip(b, p)), stack_shares=shares(stacked), threads=torch.get_num_threads())
            rows.append(row)
            print(f"{name}: stack of {a.members} {row['ms_stacked']:.1f} ms per step (batched products {row['ms_stacked_batched']:.1f}), one by one "
                  f"{row['ms_one_by_one']:.1f} ms, ratio {row['ratio']:.3f} ({row['ratio_batched']:.3f}) (median of {a.rounds} rounds); stack's time: "
                  + ', '.join(f"{k} {v:.0%}" for k, v in row['stack_shares'].items()), flush=True)
    if a.json:
        out = dict(command=command, torch=torch.__version__, rows=rows)
        open(a.json, 'w').write(json.dumps(out, indent=1) + '\n')
