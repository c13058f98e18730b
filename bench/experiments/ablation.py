"""Ablation of the generative-replay options: each option set over several seeds, results cached per run.

Writes results/ablation/mnist/, results/ablation/fashion/, results/ablation/fashion5/; read by nbs/11_ablation.ipynb, nbs/13_results.ipynb.

    python bench/experiments/ablation.py --seeds 0 1 2 3 4 --out results/ablation/mnist            # Split MNIST
    python bench/experiments/ablation.py --dataset FashionMNIST --out results/ablation/fashion

Each named row of ROWS is a set of Config options; runs are cached by configuration key under
OUT/runs (an interrupted ablation resumes; the seeds of a row train together as one stack unless --no-stack;
--workers N or --scheduler ADDRESS runs it on Dask), and OUT/summary.csv and OUT/summary.json hold mean ± std per row.
"""
import argparse, json, sys
from pathlib import Path
from genreplay_nb.config import Config, preset, preset_config
from genreplay_nb.experiment import atomic_write
from genreplay_nb.sweep import run_sweep
from genreplay_nb.tables import write_csv, markdown_table, seed_rows, metric

BASE = dict(vae_epochs=10, mlp_epochs=5)
_CUM = [dict(),
        dict(per_batch=True), dict(task_weighting=True), dict(distill=2.), dict(conditional=True), dict(latent=16)]
def _cum(i): return {k: v for d in _CUM[:i+1] for k, v in d.items()}
BEST = preset('best')['options']
ROWS = {   # name -> Config fields (each row adds one thing to the row above it, then the references)
    'report (fixed replay set, hard labels)': BASE | _cum(0),
    '+ replay per batch': BASE | _cum(1),
    '+ 1/t weighting': BASE | _cum(2),
    '+ distillation (T=2)': BASE | _cum(3),
    '+ class-conditional VAE': BASE | _cum(4),
    '+ latent 16': BASE | _cum(5),
    'best preset (+ 20 VAE epochs)': BEST,
    'best preset + wider latent draws (s=1.2)': BEST | dict(prior_scale=1.2),
    'best preset + sharpened replay (k=2)': BEST | dict(sharpen=2.),
    'finetune (lower bound)': dict(strategy='finetune', mlp_epochs=5),
    'vanilla replay, all data': dict(strategy='replay', mlp_epochs=5),
}

def main(seeds, out, dataset='MNIST', rows=None, best_dir='results/best', workers=0, scheduler=None, stack=True):
    out = Path(out); rows = rows or list(ROWS)
    cfgs = {name: [Config(**({'dataset': dataset, 'seed': s} | ROWS[name])) for s in seeds] for name in rows}
    # runs of the best preset on MNIST are shared with `genreplay run --preset best --out results/best`
    is_best = lambda c: dataset == 'MNIST' and c.key() == preset_config('best', seed=c.seed).key()
    every = [c for cs in cfgs.values() for c in cs]
    done = run_sweep([c for c in every if not is_best(c)], out/'runs', workers, scheduler, stack=stack)
    if any(map(is_best, every)): done |= run_sweep([c for c in every if is_best(c)], best_dir, workers, scheduler, stack=stack)
    summary = []
    for name in rows:
        res = [done[c.key()] for c in cfgs[name]]
        for c, r in zip(cfgs[name], res): print(f"{name}, seed {c.seed}: acc {r['metrics']['acc']:.3f}, {r['wall_time']:.0f} s", flush=True)
        fields = dict(acc=metric('acc'), bwt=metric('bwt'), fwt=metric('fwt'), wall_time_s=lambda r: r['wall_time'],
                      mb_kept=lambda r: r['state_bytes'][-1] / 2**20)
        m = seed_rows(res, fields, by=[])[0]                       # the seeds' mean and std: tables.seed_rows
        summary.append(dict(option=name, acc=m['acc'], acc_std=m['acc_std'], bwt=m['bwt'], bwt_std=m['bwt_std'],
                            fwt=m['fwt'], wall_time_s=m['wall_time_s'],
                            threads=', '.join(sorted({str(r['threads']) for r in res})), mb_kept=m['mb_kept'],
                            n_seeds=m['n'],
                            config=json.dumps({k: v for k, v in res[0]['config'].items() if k not in ('seed', 'data_root')})))
    write_csv(summary, out/'summary.csv')
    atomic_write(out/'summary.json', json.dumps(dict(dataset=dataset, seeds=seeds, command=' '.join(sys.argv), rows=summary), indent=1))
    print(markdown_table([{k: v for k, v in r.items() if k != 'config'} for r in summary]))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2, 3, 4])
    ap.add_argument('--out', default='results/ablation/mnist'); ap.add_argument('--dataset', default='MNIST')
    ap.add_argument('--rows', nargs='+', help="names of ROWS to run (default all)")
    ap.add_argument('--workers', type=int, default=0, help="run on a local Dask cluster of this many processes")
    ap.add_argument('--scheduler', help="run on the Dask cluster of this scheduler address")
    ap.add_argument('--stack', action=argparse.BooleanOptionalAction, default=True,
                    help="train the seeds of each row together as one stack (default); --no-stack: one by one")
    a = ap.parse_args(); main(a.seeds, a.out, a.dataset, a.rows, workers=a.workers, scheduler=a.scheduler, stack=a.stack)
