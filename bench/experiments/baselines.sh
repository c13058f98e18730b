#!/usr/bin/env bash
# The regularisation baselines (EWC, SI, LwF) at the report's classifier settings (MLP 400-400, 5 epochs, lr 1e-3,
# batch 128, full Split MNIST), beside finetune, vanilla replay and joint training.
#   bash bench/experiments/baselines.sh            # a strength sweep at seed 0, then 5 seeds of each strategy
# Results: results/baselines/sweep (seed 0) and results/baselines/runs (5 seeds), one JSON per run.
# Writes results/baselines/; read by nbs/13_results.ipynb and the README.
set -euo pipefail
G=${GENREPLAY:-genreplay}
OUT=${OUT:-results/baselines}
for l in 100 1000 5000 100000 10000000; do $G run --strategy ewc --ewc-lambda $l --seed 0 --out $OUT/sweep --quiet; done
for c in 0.1 1 10 100; do $G run --strategy si --si-c $c --seed 0 --out $OUT/sweep --quiet; done
for T in 1 2 4; do $G run --strategy lwf --temperature $T --seed 0 --out $OUT/sweep --quiet; done
for s in finetune replay joint ewc si lwf; do $G run --strategy $s --seed 0 1 2 3 4 --out $OUT/runs --quiet; done
