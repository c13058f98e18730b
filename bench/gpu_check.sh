#!/bin/bash
# The GPU suite of the stacked engine, end to end in under 8 minutes on a lent GPU machine whose image has torch and
# torchvision but neither this package nor fastcore. The repository travels as a working tree; MNIST's raw files travel
# gzipped in .gpu_data/ and fastcore's wheel in .whl/ (both ignored through .git/info/exclude), made here with
#   mkdir -p .gpu_data && for f in ../shared/data/MNIST/raw/*-ubyte; do gzip -c $f > .gpu_data/$(basename $f).gz; done
#   python -m pip download --no-deps --only-binary=:all: -d .whl fastcore==1.14.5
# and OUT is the folder whose files come back.
# Usage there: OUT=/some/folder bash bench/gpu_check.sh     (each step has its own timeout; the sum is 480 s)
set -u
mkdir -p /tmp/data/MNIST/raw /tmp/o
for f in .gpu_data/*.gz; do gunzip -c $f > /tmp/data/MNIST/raw/$(basename $f .gz); done
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl/*.whl
export GENREPLAY_DATA=/tmp/data PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch,torchvision;print(torch.__version__, torchvision.__version__, torch.cuda.get_device_name())"
step() { echo "== $(date +%T) $*"; }
# 1. one run of best with CUDA graphs (target: under 10 s), then the same without them (eager steps), same chip
step best, graphs
timeout 80 python3 bench/bench_run.py --preset best --device cuda --json $OUT/bench_best_gpu.json 2>&1 | grep -v Warn | tail -6
step best, eager
timeout 90 python3 bench/bench_run.py --preset best --device cuda --no-graphs --json $OUT/bench_best_gpu_eager.json 2>&1 | tail -6
# 2. 5 seeds of best as one stack (target: under 15 s)
step best, 5 seeds stacked
timeout 60 python3 bench/batched.py --preset best --device cuda --modes stacked --json $OUT/batched_best_gpu.json 2>&1 | tail -3
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
# 4. launches and host synchronisations per step (small runs, eager steps)
step profile
timeout 50 python3 bench/profile_step.py --device cuda --json $OUT/profile_step_gpu.json 2>&1 | grep -v USDT | tail -8
step done
tar czf $OUT/runs.tgz -C /tmp/o .
ls -la $OUT
