"""What is kept between tasks, against accuracy: generative replay with its frozen networks kept smaller, and vanilla
replay keeping k raw images per class, each row over 5 seeds (trained as one stack), for issue 13's trade-off study.

Writes results/keep/; read by nbs/12_efficiency.ipynb, nbs/13_results.ipynb.

    python bench/experiments/keep_study.py                                   # every row of ROWS
    python bench/experiments/keep_study.py --rows "best, int8" "replay, k=100" --out results/keep

Runs are cached by configuration key under OUT/runs (the `best` rows' fp32 runs are read from results/best on a CPU);
OUT/keep.json lists every row made so far, with ACC, BWT, MB kept after the last task, seconds per run (a stack's
share), threads, and the command that makes it.
"""
import argparse, json, sys
from pathlib import Path
from genreplay_nb.config import Config, preset
from genreplay_nb.experiment import atomic_write
from genreplay_nb.tables import markdown_table
sys.path.insert(0, str(Path(__file__).parent)); from search import score, folder_for   # the same scoring and cache folders as the search

BEST, REPORT = preset('best')['options'], preset('report')['options']   # REPORT: Table 1's configuration
ROWS = {   # name -> (strategy, options), in the table's order; every row here is in keep.json (add rows, never remove them)
    'best': ('generative', BEST),
    'best, fp16': ('generative', BEST | dict(keep_precision='fp16')),
    'best, bf16': ('generative', BEST | dict(keep_precision='bf16')),
    'best, int8': ('generative', BEST | dict(keep_precision='int8')),
    'best, int8, 25% pruned': ('generative', BEST | dict(keep_precision='int8', keep_sparsity=.25)),
    'best, int8, 50% pruned': ('generative', BEST | dict(keep_precision='int8', keep_sparsity=.5)),
    'best, int8, no encoder': ('generative', BEST | dict(keep_precision='int8', keep_encoder=False)),
    'best, students 1/2': ('generative', BEST | dict(student=.5)),
    'best, students 1/2, int8': ('generative', BEST | dict(student=.5, keep_precision='int8')),
    'report': ('generative', REPORT),
    'report, int8': ('generative', REPORT | dict(keep_precision='int8')),
    'report, students 1/2': ('generative', REPORT | dict(student=.5)),
    **{f'replay, k={k}': ('replay', dict(per_class=k)) for k in (50, 100, 200, 400, 800)},
}

def main(names, seeds, out, device='auto'):
    out = Path(out); f = out/'keep.json'
    for name in names:
        strategy, opts = ROWS[name]
        cfgs = [Config(strategy, **(opts | dict(seed=s, device=device))) for s in seeds]
        kept = dict(s_per_task=lambda r: r['time_per_task'], mb_kept=lambda r: r['state_bytes'][-1] / 2**20)
        res, row = score(cfgs, folder_for(opts, device, out), fields=kept)
        row = {k: v for k, v in row.items() if k not in ('s_per_task_std', 'mb_kept_std')}
        row = dict(row=name, strategy=strategy, **row, options=json.dumps(opts),
                   command=f'python bench/experiments/keep_study.py --rows "{name}"')
        print(f"{name}: ACC {row['acc']:.4f} ± {row['acc_std']:.4f}, BWT {row['bwt']:.4f}, {row['mb_kept']:.2f} MiB kept, "
              f"{row['s_per_run']:.0f} s per run", flush=True)
        rows = [r for r in (json.loads(f.read_text())['rows'] if f.exists() else []) if r['row'] != name] + [row]  # re-read: studies may run side by side
        rows.sort(key=lambda r: list(ROWS).index(r['row']))
        atomic_write(f, json.dumps(dict(seeds=seeds, mb='MiB (2^20 bytes), as on the front page', rows=rows), indent=1) + '\n')
    print(markdown_table([{k: v for k, v in r.items() if k not in ('options', 'command', 's_per_task')} for r in rows], digits=4))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--rows', nargs='+', default=list(ROWS), choices=list(ROWS))
    ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2, 3, 4]); ap.add_argument('--out', default='results/keep')
    ap.add_argument('--device', default='auto')
    a = ap.parse_args(); main(a.rows, a.seeds, a.out, a.device)
