#!/usr/bin/env bash
# Split CIFAR-10 trained from scratch, class-IL (5 tasks of 2 classes), reduced CPU protocol: 500 training images
# per class (--max-per-task 1000), every test image of the offline JPEG q75 copy (1,000 per class), a small
# convolutional classifier (3x3 convolutions of 16, 32 and 64 channels, then 256 units), 10 epochs per task,
# Adam lr 1e-3, batch 128. Every strategy over 5 seeds on the same network: finetune, joint training, EWC, SI,
# LwF, vanilla replay keeping 100 images per class (1,000 of the 5,000 images), and generative replay with the
# `best` options (per-batch replay, 1/t weighting, distillation at T = 2, a class-conditional VAE with a 16-d
# latent, 20 epochs per task) from a convolutional VAE of 16, 32 and 64 channels.
#   OMP_NUM_THREADS=1 bash bench/experiments/beyond_cifar_scratch.sh        # about 60 min at one thread
# Results: results/beyond/cifar_scratch/ (one JSON per run); read by nbs/14_beyond.ipynb.
set -euo pipefail
G=${GENREPLAY:-genreplay}
OUT=${OUT:-results/beyond/cifar_scratch}
NET="--dataset CIFAR10 --model conv --mlp-hidden 16 32 64 --max-per-task 1000 --mlp-epochs 10"
S="--seed 0 1 2 3 4 --no-stack --out $OUT --quiet"
$G run --preset best --generator convvae --vae-hidden 16 32 64 $NET $S
for s in finetune joint; do $G run --strategy $s $NET $S; done
$G run --strategy replay --per-class 100 $NET $S
for s in ewc si lwf; do $G run --strategy $s $NET $S; done
