#!/usr/bin/env bash
# Permuted MNIST, domain-incremental (the usual scenario): 10 tasks, each a fixed pixel permutation drawn from the
# run's seed (the first the identity), one head of 10 digits. Reduced protocol, the same for both libraries:
# about 500 classifier steps of 128 images per task over all 60,000 images. Ours trains the `best` generative
# configuration with the reference's 1000-1000 classifier for 1 epoch per task (469 steps; the VAE 4 epochs, 1,876
# steps, as many as `best` takes on Split MNIST); the reference (GMvandeVen/continual-learning, DGR+distill) runs
# its own permMNIST defaults with --iters=500 (its default is 5,000), and also at our learning rate (--lr=0.001).
# Both test on all 10,000 test images of every permutation. The first protocol tried (12,000 images per task,
# 5 epochs, the VAE 20 epochs: results/beyond/permuted/first, 3 seeds) was stopped for this one, which sees
# the same images as the reference.
#   OMP_NUM_THREADS=1 bash bench/experiments/beyond_permuted.sh   # about 4.5 h at one thread (1.5 h: `best`)
#   OMP_NUM_THREADS=1 python bench/experiments/reference.py --ref CHECKOUT --experiment permMNIST \
#       --scenarios domain --methods dgr+distill --seeds 0 1 --extra=--iters=500 \
#       --json results/beyond/reference/permmnist.json               # about 17-25 min per seed, beside 2-3 jobs
#   (and again with --seeds 0 --extra=--iters=500 --extra=--lr=0.001)
# Results: results/beyond/permuted/{domain,class,task}/ (one JSON per run); read by nbs/14_beyond.ipynb.
set -euo pipefail
G=${GENREPLAY:-genreplay}
OUT=${OUT:-results/beyond/permuted}
$G run --preset best --dataset PermutedMNIST --n-tasks 10 --scenario domain --mlp-hidden 1000 1000 \
    --mlp-epochs 1 --vae-epochs 4 --seed 0 1 2 3 4 --no-stack --out $OUT/domain --quiet
# The baselines, on the same classifier (1000-1000, 1 epoch per task) and otherwise at their defaults; vanilla replay
# keeps 100 images of each class of each task (1,000 per permutation).
B="--dataset PermutedMNIST --n-tasks 10 --scenario domain --mlp-hidden 1000 1000 --mlp-epochs 1"
B="$B --seed 0 1 2 3 4 --no-stack --out $OUT/domain --quiet"
for s in finetune lwf ewc si joint; do $G run --strategy $s $B; done
$G run --strategy replay --per-class 100 $B
# Task- and class-IL (class-IL: 100 classes, digit d under permutation p is class 10p + d), `best` as in domain-IL,
# seeds 0 and 1 (11-20 min a run at one thread); beside the reference's DGR+distill at --iters=500 --lr=0.001:
#   python bench/experiments/reference.py --ref CHECKOUT --experiment permMNIST --scenarios class --methods \
#       dgr+distill --seeds 0 --extra=--iters=500 --extra=--lr=0.001 --json results/beyond/reference/permmnist.json
#   (and --scenarios task; and --scenarios domain --methods bir --seeds 0 1 for brain-inspired replay)
for sc in class task; do
  $G run --preset best --dataset PermutedMNIST --n-tasks 10 --scenario $sc --mlp-hidden 1000 1000 \
      --mlp-epochs 1 --vae-epochs 4 --seed 0 1 --no-stack --out $OUT/$sc --quiet
done
