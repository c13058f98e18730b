"""Time one run (default: the report's Table 1 configuration) and compare its FLOP rate with torch's matmul rate.

Writes results/speed/bench_*.json; read by nbs/13_results.ipynb.

    python bench/speed/bench_run.py                      # the report's configuration, seed 0
    python bench/speed/bench_run.py --max-per-task 2000  # any flag of `genreplay run` works (see `genreplay run --help`)
    python bench/speed/bench_run.py --preset best        # a named preset (flags given override it)

FLOPs are counted from layer sizes (genreplay_nb.models.train_flops / forward_flops): classifier and VAE training,
generation and labelling of replay, plus the evaluation passes. The matmul rate is the median over repeats of an
n x n fp32 product measured in this process just before and just after the run.
"""
import argparse, time, statistics, json, sys
import torch
from genreplay_nb.cli import run_parser, configs_from_args
from genreplay_nb.experiment import run
from genreplay_nb import training
from genreplay_nb.models import MLP, forward_flops

def matmul_rate(n=2048, reps=15, device='cpu'):
    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    for _ in range(3): a @ b
    ts = []
    for _ in range(reps):
        if device != 'cpu': torch.cuda.synchronize()
        t = time.perf_counter(); a @ b
        if device != 'cpu': torch.cuda.synchronize()
        ts.append(time.perf_counter() - t)
    return 2 * n**3 / statistics.median(ts) / 1e9

if __name__ == '__main__':
    p = run_parser(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False))
    p.add_argument('--json', help="also write the figures to this JSON file")
    p.add_argument('--graphs', action=argparse.BooleanOptionalAction, default=True, help="on a GPU, replay steps from CUDA graphs")
    ns = p.parse_args(); training.CUDA_GRAPHS = ns.graphs
    cfg = configs_from_args(ns)[0]
    dev = cfg.resolved_device().type
    before = matmul_rate(device=dev)
    res = run(cfg, progress=False)
    after = matmul_rate(device=dev)
    T = len(res['R'])
    # evaluation: T+1 passes over the 10,000 test images
    flops = sum(res['flops_per_task']) + (T + 1) * forward_flops(MLP(hidden=cfg.mlp_hidden), 10_000)
    rate = flops / res['wall_time'] / 1e9
    mm = statistics.median([before, after])
    out = dict(device=res['device'], device_name=res['device_name'], threads=res['threads'], wall_time_s=res['wall_time'],
               time_per_task_s=res['time_per_task'], gflop=flops/1e9, achieved_gflops=rate, matmul_gflops=mm,
               matmul_before_after=[before, after], ratio=rate/mm, acc=res['metrics']['acc'], cuda_graphs=res.get('cuda_graphs'), config=res['config'],
               command=' '.join(['python', 'bench/speed/bench_run.py', *sys.argv[1:]]))
    print(f"device {res['device']} ({res['device_name']}), {res['threads']} threads")
    print(f"wall time {res['wall_time']:.1f} s  (per task: {', '.join(f'{t:.1f}' for t in res['time_per_task'])})")
    print(f"work {flops/1e9:.0f} GFLOP  ->  {rate:.1f} GFLOP/s achieved")
    print(f"fp32 matmul {mm:.1f} GFLOP/s (before {before:.1f}, after {after:.1f})  ->  ratio {rate/mm:.2f}")
    print(f"acc {res['metrics']['acc']:.3f}")
    if ns.json: open(ns.json, 'w').write(json.dumps(out, indent=1))
