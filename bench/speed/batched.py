"""N runs one after the other against one stack of N members, timed alternately in one process.

Writes results/speed/batched_report*.json, results/speed/batched_report/; read by nbs/13_results.ipynb.

    python bench/speed/batched.py                                   # the report's configuration, seeds 0-4, once
    python bench/speed/batched.py --max-per-task 2000 --repeats 3   # smaller tasks, three alternating repeats (medians)
    python bench/speed/batched.py --preset best --json results/speed/batched_best.json
    python bench/speed/batched.py --json results/speed/batched_report.json --save results/speed/batched_report   # keeps the runs' files

For each repeat it times N plain runs (`experiment.run(cfg)` per seed) and one stacked run (`experiment.run(cfgs)`),
in alternating order, and reports medians, the ratio stacked/sequential of each repeat, the achieved FLOP rate of
both (FLOPs counted from layer sizes, as bench/speed/bench_run.py does) against the fp32 matrix-product rate measured in
this process before and after, and how far each member's accuracy lies from its plain run's.
"""
import argparse, time, statistics, json, sys
import numpy as np
import torch
from genreplay_nb.cli import run_parser, configs_from_args
from pathlib import Path
from genreplay_nb.experiment import run, save_results, result_path
from genreplay_nb.learner import load_data
from genreplay_nb import training
from genreplay_nb.models import MLP, forward_flops
sys.path.insert(0, str(Path(__file__).parent)); from bench_run import matmul_rate

def flops(res, cfg):
    "Counted FLOPs of one run: training, generation, labelling, and the T+1 evaluation passes"
    return sum(res['flops_per_task']) + (len(res['R']) + 1) * forward_flops(MLP(hidden=cfg.mlp_hidden), 10_000)

def timed(f):
    if torch.cuda.is_available(): torch.cuda.synchronize()
    t = time.perf_counter(); out = f()
    if torch.cuda.is_available(): torch.cuda.synchronize()
    return out, time.perf_counter() - t

if __name__ == '__main__':
    p = run_parser(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False))
    p.add_argument('--repeats', type=int, default=1); p.add_argument('--json', help="also write the figures here")
    p.add_argument('--modes', nargs='+', default=['sequential', 'stacked'], choices=['sequential', 'stacked'],
                   help="what to time (default: both; 'stacked' alone for a quick check on a GPU)")
    p.add_argument('--save', help="also save the first repeat's results files here (FOLDER/sequential, FOLDER/stacked)")
    p.add_argument('--graphs', action=argparse.BooleanOptionalAction, default=True, help="on a GPU, replay steps from CUDA graphs")
    ns = p.parse_args(); ns.seed = ns.seed or [0, 1, 2, 3, 4]; training.CUDA_GRAPHS = ns.graphs
    cfgs = configs_from_args(ns); dev = cfgs[0].resolved_device().type
    data = load_data(cfgs[0])
    mm = [matmul_rate(device=dev)]
    rows = []
    for r in range(ns.repeats):
        order = [m for m in (('sequential', 'stacked') if r % 2 == 0 else ('stacked', 'sequential')) if m in ns.modes]
        got = {}
        for mode in order:
            f = (lambda: [run(c, progress=False, data=data) for c in cfgs]) if mode == 'sequential' else (lambda: run(cfgs, progress=False, data=data))
            got[mode] = timed(f)
            print(f"repeat {r+1}: {mode} {got[mode][1]:.1f} s", flush=True)
        if ns.save and r == 0:
            for mode in got:
                for x, c in zip(got[mode][0], cfgs): save_results(x, result_path(c, Path(ns.save)/mode))
        any_mode = got[order[0]][0]
        work = sum(flops(x, c) for x, c in zip(any_mode, cfgs))
        row = dict(gflop=work/1e9) | {f"{m}_s": got[m][1] for m in got} | {f"acc_{m}": [x['metrics']['acc'] for x in got[m][0]] for m in got}
        if len(got) == 2:
            row |= dict(ratio=row['stacked_s']/row['sequential_s'],
                        max_acc_diff=float(np.max(np.abs(np.subtract(row['acc_sequential'], row['acc_stacked'])))))
        rows.append(row)
    mm.append(matmul_rate(device=dev)); mmr = statistics.median(mm)
    med = lambda k: statistics.median(x[k] for x in rows)
    out = dict(device=dev, device_name=torch.cuda.get_device_name() if dev == 'cuda' else 'cpu', threads=torch.get_num_threads(),
               members=len(cfgs), cuda_graphs=ns.graphs if dev == 'cuda' else None, config=cfgs[0].asdict() | dict(seed=ns.seed), repeats=rows, gflop=rows[0]['gflop'],
               cpu_layers=None if dev != 'cpu' else 'members one after another',
               matmul_gflops=mmr, matmul_before_after=mm, command=' '.join(['python', 'bench/speed/batched.py', *sys.argv[1:]]))
    for m in ns.modes: out |= {f"median_{m}_s": med(f"{m}_s"), f"{m}_rate_ratio": rows[0]['gflop']/med(f"{m}_s")/mmr}
    if len(ns.modes) == 2: out |= dict(median_ratio=med('ratio'), max_acc_diff=max(x['max_acc_diff'] for x in rows))
    print(f"{out['device_name']}, {out['threads']} threads, {len(cfgs)} members, {ns.repeats} repeat(s); {out['gflop']:.0f} GFLOP; matmul {mmr:.1f} GFLOP/s")
    for m in ns.modes: print(f"{m}: {out[f'median_{m}_s']:.1f} s (median), {out[f'{m}_rate_ratio']:.2f} of the matmul rate")
    if 'median_ratio' in out:
        print(f"stacked / sequential: {out['median_ratio']:.2f} (median of the repeats' ratios); "
              f"largest |ACC stacked - ACC sequential| over members: {out['max_acc_diff']:.4f}")
    if ns.json: open(ns.json, 'w').write(json.dumps(out, indent=1) + '\n')
