#!/bin/bash
# The GPU measurements in results/bench_*_h200.json and results/gpu/, as run on a lent NVIDIA H200 machine whose
# image has torch and torchvision but not this package: the repository travels as a working tree, MNIST's raw files
# travel gzipped in .gpu_data/ (made here with `gzip -c ../shared/data/MNIST/raw/FILE > .gpu_data/FILE.gz`), and
# OUT is the folder whose files come back. Usage there: OUT=/some/folder bash bench/gpu_check.sh
set -u
mkdir -p /tmp/data/MNIST/raw /tmp/o
for f in .gpu_data/*.gz; do gunzip -c $f > /tmp/data/MNIST/raw/$(basename $f .gz); done
export GENREPLAY_DATA=/tmp/data PYTHONPATH=$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch,torchvision;print(torch.__version__, torchvision.__version__, torch.cuda.get_device_name())"
G="import sys; from genreplay_nb.cli import main; sys.exit(main(sys.argv[1:]))"
timeout 120 python3 bench/bench_run.py --preset best --device cuda --json $OUT/bench_best_gpu.json 2>&1 | tail -4
timeout 120 python3 bench/bench_run.py --device cuda --json $OUT/bench_report_gpu.json 2>&1 | tail -4
timeout 150 python3 -c "$G" run --preset best --device cuda --seed 0 1 2 3 4 --out /tmp/o/best_gpu --quiet 2>&1 | tail -4
tar czf $OUT/runs.tgz -C /tmp/o .
timeout 140 python3 -c "$G" run --device cuda --seed 0 1 2 3 4 --out /tmp/o/table1_gpu --quiet 2>&1 | tail -4
tar czf $OUT/runs.tgz -C /tmp/o .
ls -la $OUT
