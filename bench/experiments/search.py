"""Search for a better generative-replay preset: every candidate over 5 seeds, trained as one stack per candidate.

Writes results/search/mnist/, results/search/fashion/; read by nbs/11_ablation.ipynb, nbs/13_results.ipynb.

    python bench/experiments/search.py                                  # every candidate of CANDIDATES, seeds 0-4
    python bench/experiments/search.py --candidates "best + asymmetric" --seeds 0 1 2 3 4

Runs are cached by configuration key under OUT/runs (an interrupted search resumes, a finished candidate costs
nothing the second time); the runs of `best` itself are read from results/best. OUT/search.csv and OUT/search.json
list every candidate tried, with ACC, average incremental accuracy, BWT, seconds per run (a stack's share) and the
command, in the order of CANDIDATES.
"""
import argparse, json, sys
from pathlib import Path
from genreplay_nb.config import Config, preset, resolve_device
from genreplay_nb.experiment import atomic_write
from genreplay_nb.metrics import incremental_accuracy
from genreplay_nb.sweep import run_sweep
from genreplay_nb.tables import write_csv, markdown_table, seed_rows, metric

BEST = preset('best')['options']
CANDIDATES = {   # name -> options (the search so far; add rows, never remove them)
    'best': BEST,
    'best + asymmetric': BEST | dict(asymmetric=True),
    # asymmetric with distillation collapses to task 1 (ACC 0.20): the soft targets come from a classifier that never
    # set its newest classes against the old ones, so replay keeps them down; with the VAE's class labels instead:
    'best + asymmetric, class labels (no distillation)': BEST | dict(asymmetric=True, distill=0.),
    'best + asymmetric, 10 MLP epochs': BEST | dict(asymmetric=True, mlp_epochs=10),
    'best + asymmetric, latent 32': BEST | dict(asymmetric=True, latent=32),
    'best + asymmetric, 30 VAE epochs': BEST | dict(asymmetric=True, vae_epochs=30),
    'best + asymmetric, distill T=4': BEST | dict(asymmetric=True, distill=4.),
}
SINGLE = {   # one change to best each; `--combine K` then tries best with the K most helpful of these together
    '10 MLP epochs': dict(mlp_epochs=10), 'latent 32': dict(latent=32), '30 VAE epochs': dict(vae_epochs=30),
    '40 VAE epochs': dict(vae_epochs=40), 'VAE 1024-512': dict(vae_hidden=[1024, 512]), 'MLP 1000-1000': dict(mlp_hidden=[1000, 1000]),
    'distill T=1': dict(distill=1.), 'distill T=4': dict(distill=4.), 'sharpen 2': dict(sharpen=2.), 'prior scale 0.8': dict(prior_scale=.8),
    'batch 64': dict(batch_size=64), 'lr 5e-4': dict(lr=5e-4),
    'bias correction 200': dict(bias_correction=200), 'bias correction 1000': dict(bias_correction=1000),
}
CANDIDATES |= {f'best, {k}': BEST | v for k, v in SINGLE.items()}

def options(name:str)->dict:
    "A candidate's options: a row of CANDIDATES, or 'best, A + B + ...' for several changes of SINGLE at once"
    if name in CANDIDATES: return CANDIDATES[name]
    parts = name.removeprefix('best, ').split(' + ')
    if not name.startswith('best, ') or any(p not in SINGLE for p in parts):
        raise SystemExit(f"unknown candidate {name!r}: choose from {list(CANDIDATES)} or 'best, A + B' with A, B in {list(SINGLE)}")
    return BEST | {k: v for p in parts for k, v in SINGLE[p].items()}

def combos(rows:list, k:int)->list:
    "'best, A + B', 'best, A + B + C', ...: the k single changes that beat best by most in `rows`, added one at a time"
    ref = next(r['acc'] for r in rows if r['candidate'] == 'best')
    good = sorted((r for r in rows if r['candidate'].removeprefix('best, ') in SINGLE and r['acc'] > ref), key=lambda r: -r['acc'])
    top = []
    for r in good:                                  # skip a change to an option already changed (30 and 40 VAE epochs)
        name = r['candidate'].removeprefix('best, ')
        if len(top) < k and not any(set(SINGLE[name]) & set(SINGLE[t]) for t in top): top.append(name)
    return [f"best, {' + '.join(top[:i])}" for i in range(2, len(top) + 1)]

def folder_for(opts:dict, device:str, out:Path, dataset:str='MNIST')->Path:
    "Where a candidate's runs are cached: best's published CPU runs are read from results/best, the rest go to OUT/runs"
    return Path('results/best') if opts == BEST and resolve_device(device) == 'cpu' and dataset == 'MNIST' else Path(out)/'runs'

FIELDS = dict(acc=metric('acc'), bwt=metric('bwt'), s_per_run=lambda r: r['wall_time'])   # every study's row has these

def score(cfgs:list, folder:Path, stack:bool=True, fields:dict|None=None)->tuple:
    "Train (or load) `cfgs` (one configuration's seeds) in `folder` as one stack: their results, and the row of them"
    done = run_sweep(cfgs, folder, stack=stack, progress=False)
    res = [done[c.key()] for c in cfgs]
    row = seed_rows(res, FIELDS | (fields or {}), by=[])[0]        # the seeds' mean and std: tables.seed_rows
    row = {k: v for k, v in row.items() if k not in ('n', 'seeds', 's_per_run_std')}
    return res, row | dict(threads=res[0]['threads'], n_seeds=len(res), stack=max(r.get('stack', 1) for r in res),
                           device_name=res[0]['device_name'])

def main(names, seeds, out, stack=True, device='auto', combine=0, dataset='MNIST'):
    out = Path(out); old = json.loads((out/'search.json').read_text())['rows'] if (out/'search.json').exists() else []
    rows = [r for r in old if (r['candidate'], r.get('dataset', 'MNIST')) not in {(n, dataset) for n in names}]   # earlier rows stay
    cmd = lambda name: (f'python bench/experiments/search.py --candidates "{name}"' + (f' --device {device}' if device != 'auto' else '')
                        + (f' --out {out}' if out != Path('results/search/mnist') else '') + (f' --dataset {dataset}' if dataset != 'MNIST' else ''))
    for r in rows: r.setdefault('command', cmd(r['candidate']))
    todo, first = list(names), len(names)
    while todo:
        name = todo.pop(0)
        opts = options(name); cfgs = [Config(**(opts | dict(seed=s, device=device, dataset=dataset))) for s in seeds]
        folder = folder_for(opts, device, out, dataset)
        res, row = score(cfgs, folder, stack, dict(aia=lambda r: incremental_accuracy(r['R'])))
        rows.append(dict(candidate=name, dataset=dataset, **row, folder=str(folder),
                         options=json.dumps(opts), command=cmd(name), cuda_graphs=res[0].get('cuda_graphs')))
        print(f"{name}: ACC {row['acc']:.4f} ± {row['acc_std']:.4f}, AIA {row['aia']:.4f}, BWT {row['bwt']:.4f}, "
              f"{row['s_per_run']:.0f} s per run", flush=True)
        keys = list(dict.fromkeys(k for r in rows for k in r)); rows = [{k: r.get(k) for k in keys} for r in rows]
        write_csv(rows, out/'search.csv')
        atomic_write(out/'search.json', json.dumps(dict(seeds=seeds, rows=rows), indent=1))
        if combine and not todo and first: todo, first = [c for c in combos(rows[-first:], combine) if c not in names], 0
    print(markdown_table([{k: v for k, v in r.items() if k not in ('options', 'folder')} for r in rows], digits=4))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--candidates', nargs='+', default=list(CANDIDATES), help="names of CANDIDATES, or 'best, A + B' (A, B in SINGLE)")
    ap.add_argument('--device', default='auto'); ap.add_argument('--combine', type=int, default=0,
                    help="then try best with the K most helpful single changes (of those just run) together, adding one at a time")
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2, 3, 4]); ap.add_argument('--out', default='results/search/mnist')
    ap.add_argument('--stack', action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument('--dataset', default='MNIST', choices=['MNIST', 'FashionMNIST'], help="every candidate on this dataset")
    a = ap.parse_args(); [options(n) for n in a.candidates]
    main(a.candidates, a.seeds, a.out, a.stack, a.device, a.combine, a.dataset)
