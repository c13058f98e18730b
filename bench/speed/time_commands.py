"""Time the README's test command, `make test`, on this machine (the virtual environment already installed).
    python bench/speed/time_commands.py              # `make test` once
    python bench/speed/time_commands.py --repeats 3  # the median of three

Writes results/speed/commands.json; read by nbs/index.ipynb (the front page and README).

The load average before and after each run is kept beside it, since this machine is shared.
"""
import argparse, json, os, statistics, subprocess, sys, time
from pathlib import Path


def time_make(target:str)->dict:
    "Seconds `make TARGET` takes, with the 1-minute load average before and after"
    before = os.getloadavg()[0]
    t = time.perf_counter()
    r = subprocess.run(['make', target], capture_output=True, text=True)
    if r.returncode: raise SystemExit(f"make {target} failed:\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}")
    return dict(seconds=time.perf_counter() - t, load_before=before, load_after=os.getloadavg()[0])


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--repeats', type=int, default=1)
    ap.add_argument('--out', default='results/speed/commands.json')
    a = ap.parse_args()
    runs = [time_make('test') for _ in range(a.repeats)]
    threads = os.environ.get('OMP_NUM_THREADS')
    res = dict(command=' '.join(['python', 'bench/speed/time_commands.py', *sys.argv[1:]]), cores=os.cpu_count(),
               omp_num_threads=int(threads) if threads else None,
               make_test_runs=runs, make_test_s=statistics.median(r['seconds'] for r in runs))
    Path(a.out).write_text(json.dumps(res, indent=1) + '\n')
    print(f"make test: {res['make_test_s']:.0f} s (median of {len(runs)})")
