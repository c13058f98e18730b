#!/bin/bash
# The search of bench/search.py on a lent GPU (see bench/gpu_setup.sh): best and every single change of SINGLE over 5
# seeds, each as one stack, then best with the 4 most helpful changes together, added one at a time.
# Usage there: OUT=/some/folder bash bench/gpu_search.sh   -> OUT/search.json, OUT/search.csv, OUT/search_runs.tgz
set -u
source bench/gpu_setup.sh
step search
timeout ${SEARCH_TIMEOUT:-470} python3 bench/search.py --device cuda --out /tmp/gs --combine 4 --candidates best \
  "best, 10 MLP epochs" "best, latent 32" "best, 30 VAE epochs" "best, 40 VAE epochs" "best, VAE 1024-512" \
  "best, MLP 1000-1000" "best, distill T=1" "best, distill T=4" "best, sharpen 2" "best, prior scale 0.8" "best, batch 64" \
  "best, lr 5e-4" "best, bias correction 200" "best, bias correction 1000" 2>&1 | grep -v Warn
step done
cp /tmp/gs/search.json /tmp/gs/search.csv $OUT/; tar czf $OUT/search_runs.tgz -C /tmp/gs runs
ls -la $OUT
