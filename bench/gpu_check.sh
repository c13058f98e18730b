#!/bin/bash
# The GPU suite of the stacked engine, end to end in under 8 minutes on a lent GPU machine whose image has torch and
# torchvision but not this package: the repository travels as a working tree, MNIST's raw files travel gzipped in
# .gpu_data/ (made here with `mkdir -p .gpu_data && for f in ../shared/data/MNIST/raw/*-ubyte; do gzip -c $f >
# .gpu_data/$(basename $f).gz; done`), and OUT is the folder whose files come back.
# Usage there: OUT=/some/folder bash bench/gpu_check.sh     (each step has its own timeout; the sum is 450 s)
set -u
mkdir -p /tmp/data/MNIST/raw /tmp/o
for f in .gpu_data/*.gz; do gunzip -c $f > /tmp/data/MNIST/raw/$(basename $f .gz); done
export GENREPLAY_DATA=/tmp/data PYTHONPATH=$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch,torchvision;print(torch.__version__, torchvision.__version__, torch.cuda.get_device_name())"
# 1. launches and host synchronisations per step (small runs)
timeout 60 python3 bench/profile_step.py --device cuda --json $OUT/profile_step_gpu.json 2>&1 | grep -v USDT | tail -8
# 2. one run of best (target: under 10 s), and 5 seeds of it as one stack (target: under 15 s)
timeout 80 python3 bench/bench_run.py --preset best --device cuda --json $OUT/bench_best_gpu.json 2>&1 | tail -5
timeout 60 python3 bench/batched.py --preset best --device cuda --modes stacked --json $OUT/batched_best_gpu.json 2>&1 | tail -4
# 3. the 5-seed report's sweep (Table 1, the sensitivity grid, finetune, replay and joint; target: under 5 minutes)
timeout 250 python3 - <<'PY' 2>&1 | tail -6
import time, json, os
from genreplay_nb.report import report_plan, run_plan, unique_configs
plan = report_plan('report', seeds=[0, 1, 2, 3, 4], compare=['finetune', 'replay', 'joint'], device='cuda')
t = time.perf_counter(); res = run_plan(plan, '/tmp/o/report', progress=False); secs = time.perf_counter() - t
accs = [r['metrics']['acc'] for r in res['main']]
out = dict(runs=len(unique_configs(plan)), seconds=secs, table1_acc=accs)
print(json.dumps(out)); open(os.environ['OUT'] + '/report_sweep_gpu.json', 'w').write(json.dumps(out, indent=1))
PY
tar czf $OUT/runs.tgz -C /tmp/o .
ls -la $OUT
