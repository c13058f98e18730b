#!/bin/bash
# Second round of the GPU search (after bench/gpu_search.sh): cheaper combinations of the changes that helped, then
# best and the chosen combinations on Split Fashion-MNIST, 5 seeds each, each candidate one stack.
# Usage there: OUT=/some/folder bash bench/gpu_search2.sh   -> OUT/search.json (MNIST rows) and OUT/fashion.json
set -u
source bench/gpu_setup.sh
A="best, MLP 1000-1000 + 40 VAE epochs + distill T=4"
step mnist
timeout 100 python3 bench/search.py --device cuda --out /tmp/gs --candidates "best, MLP 1000-1000 + distill T=4" \
  "best, distill T=4 + 40 VAE epochs" "best, MLP 1000-1000 + distill T=4 + 30 VAE epochs" \
  "best, MLP 1000-1000 + distill T=4 + 10 MLP epochs" 2>&1 | grep -v Warn | grep ACC
step fashion
timeout 100 python3 bench/search.py --device cuda --out /tmp/gf --dataset FashionMNIST --candidates best "$A" \
  "best, MLP 1000-1000 + distill T=4" 2>&1 | grep -v Warn | grep ACC
step done
cp /tmp/gs/search.json $OUT/search.json; cp /tmp/gf/search.json $OUT/fashion.json
tar czf $OUT/search2_runs.tgz -C /tmp gs/runs gf/runs; ls -la $OUT
