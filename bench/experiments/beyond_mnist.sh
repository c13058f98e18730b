#!/usr/bin/env bash
# Split MNIST in the task- and domain-incremental scenarios (class-IL: results/baselines/runs and results/best):
# every strategy at its defaults over 5 seeds, vanilla replay with 100 images kept per class, and the `best` and
# `wide` generative configurations.
#   OMP_NUM_THREADS=1 bash bench/experiments/beyond_mnist.sh   # about 70 min at one thread, and an hour for `wide`
# Results: results/beyond/splitmnist/{task,domain}/ (one JSON per run) and results/beyond/splitmnist/class/
# (vanilla replay at 100 per class); read by nbs/14_beyond.ipynb.
set -euo pipefail
G=${GENREPLAY:-genreplay}
OUT=${OUT:-results/beyond/splitmnist}
SEEDS="0 1 2 3 4"
$G run --strategy replay --per-class 100 --scenario class --seed $SEEDS --out $OUT/class --quiet
for sc in task domain; do
  for s in finetune ewc si lwf joint; do $G run --strategy $s --scenario $sc --seed $SEEDS --out $OUT/$sc --quiet; done
  $G run --strategy replay --per-class 100 --scenario $sc --seed $SEEDS --out $OUT/$sc --quiet
done
for sc in task domain; do $G run --preset best --scenario $sc --seed $SEEDS --out $OUT/$sc --quiet; done
# `wide` too (the MLP 1000-1000, 10 epochs per task, distillation at T = 4), each seed alone
for sc in task domain; do $G run --preset wide --scenario $sc --seed $SEEDS --no-stack --out $OUT/$sc --quiet; done
