#!/bin/bash
# The search of bench/experiments/search.py on a lent GPU (see bench/gpu/gpu_setup.sh), each candidate's 5 seeds as one
# stack. Writes OUT/search.json, OUT/search.csv (and OUT/fashion.json in round 2) and a tarball of the runs; the
# committed copies are results/search/gpu/, read by nbs/11_ablation.ipynb and nbs/13_results.ipynb.
#   OUT=/some/folder bash bench/gpu/gpu_search.sh      # round 1: best and every single change, then --combine 4
#   OUT=/some/folder bash bench/gpu/gpu_search.sh 2    # round 2: cheaper combinations; best and two on Fashion-MNIST
# Writes OUT/ on the GPU machine; committed as results/search/gpu/; read by nbs/11_ablation.ipynb, nbs/13_results.ipynb.
set -u
ROUND=${1:-1}
source bench/gpu/gpu_setup.sh
if [ "$ROUND" = 1 ]; then
  step search
  timeout ${SEARCH_TIMEOUT:-470} python3 bench/experiments/search.py --device cuda --out /tmp/gs --combine 4 --candidates best \
    "best, 10 MLP epochs" "best, latent 32" "best, 30 VAE epochs" "best, 40 VAE epochs" "best, VAE 1024-512" \
    "best, MLP 1000-1000" "best, distill T=1" "best, distill T=4" "best, sharpen 2" "best, prior scale 0.8" \
    "best, batch 64" "best, lr 5e-4" "best, bias correction 200" "best, bias correction 1000" 2>&1 | grep -v Warn
  step done
  cp /tmp/gs/search.json /tmp/gs/search.csv $OUT/
  tar czf $OUT/search_runs.tgz -C /tmp/gs runs
else
  A="best, MLP 1000-1000 + 40 VAE epochs + distill T=4"
  step mnist
  timeout 100 python3 bench/experiments/search.py --device cuda --out /tmp/gs --candidates \
    "best, MLP 1000-1000 + distill T=4" "best, distill T=4 + 40 VAE epochs" \
    "best, MLP 1000-1000 + distill T=4 + 30 VAE epochs" "best, MLP 1000-1000 + distill T=4 + 10 MLP epochs" \
    2>&1 | grep -v Warn | grep ACC
  step fashion
  timeout 100 python3 bench/experiments/search.py --device cuda --out /tmp/gf --dataset FashionMNIST --candidates best \
    "$A" "best, MLP 1000-1000 + distill T=4" 2>&1 | grep -v Warn | grep ACC
  step done
  cp /tmp/gs/search.json $OUT/search.json
  cp /tmp/gf/search.json $OUT/fashion.json
  tar czf $OUT/search2_runs.tgz -C /tmp gs/runs gf/runs
fi
ls -la $OUT
