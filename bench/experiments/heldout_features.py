"""Choosing Gaussian replay's options on CIFAR10-Lite0 without the test features: 200 training features per class are
held out (the same for every run, drawn with seed 1234) and the strategies train on the other 800 per class, class-IL,
5 tasks of 2 classes, the MLP head 400-400 as in the runs. Each row is a package run (`experiment.run`) whose test
split is the held-out part; accuracy is the final ACC on it. SLDA and joint training are there to compare.

    OMP_NUM_THREADS=1 python bench/experiments/heldout_features.py --seeds 0 1 2 \\
        --json results/beyond/gaussian_heldout/heldout.json

The JSON is written after every run, and rows already in it are skipped (rerun to resume). Read by nbs/14_beyond.ipynb.
"""
import argparse, json, sys
from pathlib import Path
import torch
from genreplay_nb.config import Config
from genreplay_nb.learner import load_data
from genreplay_nb.data import Task
from genreplay_nb.experiment import run

ROWS = {  # name -> (strategy, options)
    'slda': ('slda', {}),
    'joint': ('joint', {}),
    'gaussian class': ('gaussian', dict(covariance='class', mlp_epochs=10)),
    'gaussian class, distill T=2': ('gaussian', dict(covariance='class', mlp_epochs=10, distill=2.)),
    'gaussian class, distill T=4': ('gaussian', dict(covariance='class', mlp_epochs=10, distill=4.)),
    'gaussian class, distill T=8': ('gaussian', dict(covariance='class', mlp_epochs=10, distill=8.)),
    'gaussian shared': ('gaussian', dict(mlp_epochs=10)),
    'gaussian shared, distill T=4': ('gaussian', dict(mlp_epochs=10, distill=4.)),
}

def heldout(d, per_class:int=200, seed:int=1234):
    "`d` with `per_class` training examples of each class moved out of training and made the test split"
    perm = torch.randperm(len(d.y_train), generator=torch.Generator().manual_seed(seed))
    out = torch.zeros(len(d.y_train), dtype=torch.bool)
    for c in d.y_train.unique(): out[perm[d.y_train[perm] == c][:per_class]] = True
    x, y, xv, yv = d.x_train[~out], d.y_train[~out], d.x_train[out], d.y_train[out]
    tasks = [Task(t.classes, torch.isin(y, torch.tensor(t.classes)).nonzero().flatten(),
                  torch.isin(yv, torch.tensor(t.classes)).nonzero().flatten()) for t in d.tasks]
    return d._replace(x_train=x, y_train=y, x_test=xv, y_test=yv, tasks=tasks)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    p.add_argument('--rows', nargs='+', choices=list(ROWS), default=list(ROWS))
    p.add_argument('--json', required=True)
    a = p.parse_args()
    path = Path(a.json)
    out = json.loads(path.read_text()) if path.exists() else dict(runs=[])
    out.update(command=' '.join(['python', 'bench/experiments/heldout_features.py', *sys.argv[1:]]),
               held_out=dict(per_class=200, seed=1234), threads=torch.get_num_threads())
    data = heldout(load_data(Config(dataset='CIFAR10-Lite0', device='cpu')))
    out['data_note'] = data.note
    done = {(r['row'], r['seed']) for r in out['runs']}
    for name in a.rows:
        strategy, opts = ROWS[name]
        for s in a.seeds:
            if (name, s) in done: continue
            cfg = Config(strategy, dataset='CIFAR10-Lite0', seed=s, device='cpu', **opts)
            res = run(cfg, progress=False, data=data)
            out['runs'].append(dict(row=name, seed=s, key=cfg.key(), ACC=res['metrics']['acc'],
                                    final=res['R'][-1]))
            print(name, s, round(res['metrics']['acc'], 4), flush=True)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(out, indent=1) + '\n')
