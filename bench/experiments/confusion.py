"""Where the errors go: the test confusion matrix after the last task of one run, and the share of errors that land
on the classes of the last task (the recency bias of class-incremental learning).

Writes results/confusion/best_s0.json; read by nbs/11_ablation.ipynb.

    python bench/experiments/confusion.py --preset best --seed 0 --json results/confusion/best_s0.json

Takes the same flags as `genreplay run`. The run is made afresh (results files keep no model), with progress bars off.
"""
import argparse, json, sys
import numpy as np
from genreplay_nb.cli import run_parser, configs_from_args
from genreplay_nb.experiment import run, atomic_write
from genreplay_nb.callbacks import ConfusionCB

def main():
    p = run_parser(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False))
    p.add_argument('--json', help="write the matrix and the figures to this JSON file")
    ns = p.parse_args()
    cfg = configs_from_args(ns)[0]
    res = run(cfg, progress=False, cbs=[ConfusionCB()])
    C = np.array(res['confusion'])
    order = cfg.order or list(range(10)); new = order[-10//cfg.n_tasks:]
    errors = int(C.sum() - np.trace(C)); to_new = int(sum(C[i, j] for i in range(10) for j in new if i != j))
    out = dict(command=' '.join(['python', *sys.argv]), key=cfg.key(), acc=res['metrics']['acc'], confusion=C.tolist(),
               last_task_classes=new, errors=errors, errors_to_last_task=to_new, share_to_last_task=to_new/errors)
    np.set_printoptions(linewidth=200)
    print(f"ACC {out['acc']:.4f}; rows: true class, columns: predicted\n{C}")
    print(f"{errors} errors, {to_new} ({to_new/errors:.0%}) predicted as the last task's classes {new} "
          f"({len(new)/10:.0%} of the classes)")
    if ns.json: atomic_write(ns.json, json.dumps(out, indent=1))

if __name__ == '__main__': main()
