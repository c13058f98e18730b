"""One training step of the report's models for 5 seeds, on the CPU: a stack of 5 against 5 plain models one after the
other, timed alternately in one process (medians over rounds), with the share of the stack's time in matrix products,
Adam and the rest (torch.profiler). The step-level view of issue 12's CPU targets: the whole-run figures are
bench/batched.py's.

    OMP_NUM_THREADS=2 python bench/stack_step.py --json results/stack_step.json
"""
import argparse, json, statistics, sys, time
import torch
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
    ap.add_argument('--steps', type=int, default=20); ap.add_argument('--json'); a = ap.parse_args()
    rows = []
    for name, make in [('VAE 784-512-256-2', VAE), ('MLP 784-400-400-10', MLP)]:
        stacked, plain = steps(make, a.members)
        for _ in range(3): stacked(); plain()                   # warm-up
        s, p = [], []
        for _ in range(a.rounds): s.append(timed(stacked, a.steps)); p.append(timed(plain, a.steps))
        row = dict(model=name, members=a.members, ms_stacked=statistics.median(s), ms_one_by_one=statistics.median(p),
                   ratio=statistics.median(x/y for x, y in zip(s, p)), stack_shares=shares(stacked), threads=torch.get_num_threads())
        rows.append(row)
        print(f"{name}: stack of {a.members} {row['ms_stacked']:.1f} ms per step, one by one {row['ms_one_by_one']:.1f} ms, ratio {row['ratio']:.3f} "
              f"(median of {a.rounds} rounds); stack's time: " + ', '.join(f"{k} {v:.0%}" for k, v in row['stack_shares'].items()), flush=True)
    if a.json:
        out = dict(command=f"OMP_NUM_THREADS={torch.get_num_threads()} python " + ' '.join(sys.argv), torch=torch.__version__, rows=rows)
        open(a.json, 'w').write(json.dumps(out, indent=1) + '\n')
