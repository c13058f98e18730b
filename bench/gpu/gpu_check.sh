#!/bin/bash
# The GPU suite of the engine, end to end in under 8 minutes on a lent GPU machine (see bench/gpu/gpu_setup.sh for
# what travels with the repository). OUT is the folder whose files come back.
# Usage there: OUT=/some/folder bash bench/gpu/gpu_check.sh     (each step has its own timeout; the sum is 480 s)
# Writes OUT/ on the GPU machine; committed as results/gpu/check/; read by nbs/13_results.ipynb and the README.
set -u
mkdir -p /tmp/o
source bench/gpu/gpu_setup.sh
# 1. one run of best with CUDA graphs (target: under 10 s), then the same without them (eager steps), same chip
step best, graphs
timeout 80 python3 bench/speed/bench_run.py --preset best --device cuda --json $OUT/bench_best_gpu.json 2>&1 | grep -v Warn | tail -6
step best, eager
timeout 90 python3 bench/speed/bench_run.py --preset best --device cuda --no-graphs --json $OUT/bench_best_gpu_eager.json 2>&1 | tail -6
# 2. 5 seeds of best as one stack (members run one after another on this engine: about 5 times one run)
step best, 5 seeds stacked
timeout 90 python3 bench/speed/batched.py --preset best --device cuda --modes stacked --json $OUT/batched_best_gpu.json 2>&1 | tail -3
# 2b. a stack of 5 seeds with the convolutional classifier and VAE (MNIST, 1000 images per task), through the CLI
step conv stack, 5 seeds
timeout 90 python3 -c "import sys; from genreplay_nb.cli import main; sys.exit(main(sys.argv[1:]))" run --model conv --generator convvae --mlp-hidden 32 64 --vae-hidden 32 64 \
  --latent 16 --conditional --per-batch --max-per-task 1000 --vae-epochs 5 --mlp-epochs 3 --device cuda \
  --seed 0 1 2 3 4 --quiet --out /tmp/o/conv 2>&1 | tail -8
# 3. the 5-seed report's sweep (Table 1, the sensitivity grid, finetune, replay and joint; target: under 5 minutes);
#    runs land in /tmp/o/report/runs as they finish, so a timeout still leaves the finished ones to count
step report sweep, 5 seeds
timeout 200 python3 - <<'PY' 2>&1 | tail -4
import time, json, os
from genreplay_nb.report import report_plan, run_plan, unique_configs
plan = report_plan('report', seeds=[0, 1, 2, 3, 4], compare=['finetune', 'replay', 'joint'], device='cuda')
t = time.perf_counter(); res = run_plan(plan, '/tmp/o/report', progress=False); secs = time.perf_counter() - t
out = dict(runs=len(unique_configs(plan)), seconds=secs, table1_acc=[r['metrics']['acc'] for r in res['main']])
print(json.dumps(out)); open(os.environ['OUT'] + '/report_sweep_gpu.json', 'w').write(json.dumps(out, indent=1))
PY
python3 - <<'PY'
import json, glob
fs = [json.load(open(f)) for f in glob.glob('/tmp/o/report/runs/**/*.json', recursive=True)]
fs = [f for f in fs if 'wall_time' in f]
print(f"report sweep: {len(fs)} runs finished, {sum(f['wall_time'] for f in fs):.0f} s of run time (stack shares), "
      f"graphs {sorted({str(f.get('cuda_graphs')) for f in fs})}")
PY
step done
tar czf $OUT/runs.tgz -C /tmp/o .
ls -la $OUT
