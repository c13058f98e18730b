"""Check the engine against the committed results: a plain run and a stack of one member, at seed 0, both compared
field by field with a committed results file (same configuration, same thread count).

Writes results/reliability/engine_check_*.json; read by nbs/13_results.ipynb.

    OMP_NUM_THREADS=1 python bench/checks/engine_check.py --preset report --committed results/table1 --json results/reliability/engine_check_table1.json
    OMP_NUM_THREADS=1 python bench/checks/engine_check.py --preset best --committed results/best --json results/reliability/engine_check_best.json

The committed files were made with one thread; run this with OMP_NUM_THREADS=1 (thread counts change the rounding).
"""
import argparse, json, os, sys, subprocess
import torch
from genreplay_nb.config import preset_config
from genreplay_nb.experiment import run, load_results, result_path

FIELDS = ('R', 'b', 'metrics', 'losses', 'samples', 'state_bytes', 'flops_per_task', 'ops')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--preset', default='report'); p.add_argument('--committed', required=True)
    p.add_argument('--json'); ns = p.parse_args()
    cfg = preset_config(ns.preset, seed=0, device='cpu')
    ref = load_results(result_path(cfg, ns.committed))
    plain = run(cfg, progress=False)
    one, = run([cfg], progress=False)
    same = lambda r: {f: r.get(f) == ref.get(f) for f in FIELDS if f in ref}
    commit = subprocess.run(['git', 'describe', '--always', '--dirty'], capture_output=True, text=True).stdout.strip()
    out = dict(preset=ns.preset, committed=str(result_path(cfg, ns.committed)), committed_threads=ref['threads'],
               threads=torch.get_num_threads(), commit=commit, command=' '.join([*([f"OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}"] if 'OMP_NUM_THREADS' in os.environ else []), 'python', *sys.argv]),
               plain_identical=same(plain), stack_of_one_identical=same(one), acc=[ref['metrics']['acc'], plain['metrics']['acc'], one['metrics']['acc']],
               wall_time_s=dict(plain=plain['wall_time'], stack_of_one=one['wall_time']))
    print(json.dumps(out, indent=1))
    if ns.json: open(ns.json, 'w').write(json.dumps(out, indent=1) + '\n')
