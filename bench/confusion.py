"""Where the errors go: the test confusion matrix after the last task of one run, and the share of errors that land
on the classes of the last task (the recency bias of class-incremental learning).

    python bench/confusion.py --preset best --seed 0 --json results/confusion_best_s0.json

Takes the same flags as `genreplay run`. The run is made afresh (results files keep no model), with progress bars off.
"""
import argparse, json, sys
import numpy as np
import torch
import genreplay_nb.experiment as E
from genreplay_nb.cli import config_parser, config_from_args, _given
from genreplay_nb.experiment import RUN_PRESETS, run, atomic_write

def main():
    p = config_parser(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter))
    p.add_argument('--preset', default='report', choices=sorted(RUN_PRESETS))
    p.add_argument('--json', help="write the matrix and the figures to this JSON file")
    ns = p.parse_args()
    cfg = config_from_args(ns, ns.seed[0], _given(sys.argv[1:]))
    last = {}
    evaluate = E.task_accuracy
    def task_accuracy(model, x, y, tid, n_tasks, bs=10_000):   # records the predictions of every evaluation
        with torch.no_grad():
            was = model.training; model.eval()
            last['pred'], last['y'] = torch.cat([model(b).argmax(1) for b in x.split(bs)]), y
            model.train(was)
        return evaluate(model, x, y, tid, n_tasks, bs)
    E.task_accuracy = task_accuracy
    res = run(cfg, progress=False)
    y, pred = last['y'].cpu(), last['pred'].cpu()
    C = torch.bincount(y*10 + pred, minlength=100).reshape(10, 10).numpy()
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
