"""How a local Dask cluster of 2 workers compares in time with the serial loop on this machine, and why.

Writes results/speed/dask_speed.json; read by nbs/10_reliability.ipynb, nbs/13_results.ipynb.

    python bench/speed/dask_speed.py                  # writes results/speed/dask_speed.json (about 5 minutes)

The sweep: 8 small runs (4 seeds x classifier epochs 1 and 2 of a generative-replay configuration at 1000 images
per task, 2 VAE epochs), one by one (`stack=False`: 4 units of two runs that share a VAE trajectory), made in a
fresh folder each time: in this process with 2 threads, then on a fresh local cluster of 2 worker processes of 1
thread each (cluster start included), alternating, `--repeats` times; medians are reported. Then the cause: the
same run timed in a fresh process with 1 thread, with 2 threads, and as two 1-thread processes at once, and the
fixed cost of a cluster: its start, and each worker's imports and data before its first unit. Read by the
reliability page and issue 25's closing note.
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path
import torch
from genreplay_nb.config import Config
from genreplay_nb.sweep import run_sweep
from genreplay_nb.experiment import atomic_write

BASE = Config(vae_epochs=2, mlp_epochs=1, n_replay=1000, max_per_task=1000, device='cpu')
ONE = "import time, torch, sys; torch.set_num_threads(int(sys.argv[1])); from genreplay_nb.experiment import run; " \
      "from genreplay_nb.config import Config; c = Config(vae_epochs=2, mlp_epochs=1, n_replay=1000, " \
      "max_per_task=1000, device='cpu'); run(c, progress=False); t = time.perf_counter(); run(c, progress=False); " \
      "print(time.perf_counter() - t)"

def sweep_time(workers:int)->float:
    "Seconds to make the 8 runs in a fresh folder, in this process (0) or on a fresh local cluster"
    cfgs = [BASE.replace(seed=s, mlp_epochs=m) for s in range(4) for m in (1, 2)]
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        run_sweep(cfgs, d, workers=workers, progress=False, stack=False)
        return time.perf_counter() - t0

def _imports()->float:
    "Seconds a fresh worker spends importing the package and reading MNIST before its first unit"
    t = time.perf_counter()
    import genreplay_nb.sweep
    from genreplay_nb.data import load_split
    load_split('MNIST', True)
    return time.perf_counter() - t

def startup()->tuple:
    "Seconds to start a local cluster of 2 workers, and for each worker to import the package and read the data"
    import dask
    from dask.distributed import Client, LocalCluster
    t0 = time.perf_counter()
    with dask.config.set({'distributed.worker.profile.enabled': False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host='127.0.0.1',
                               dashboard_address=None)
    with Client(cluster) as c:
        t1 = time.perf_counter()
        each = c.gather([c.submit(_imports, pure=False, workers=[w]) for w in c.scheduler_info()['workers']])
    cluster.close()
    return t1 - t0, each

def one_run(threads:int, n:int=1)->list:
    "Seconds of one run (after a warm-up run) in each of `n` processes started at once with `threads` threads"
    env = os.environ | {'OMP_NUM_THREADS': str(threads)}
    ps = [subprocess.Popen([sys.executable, '-c', ONE, str(threads)], stdout=subprocess.PIPE, text=True, env=env)
          for _ in range(n)]
    return [float(p.communicate()[0].split()[-1]) for p in ps]

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--repeats', type=int, default=3)
    ap.add_argument('--out', default='results/speed/dask_speed.json')
    ns = ap.parse_args()
    torch.set_num_threads(2)
    serial, dask2 = [], []
    for i in range(ns.repeats):
        serial.append(sweep_time(0))
        dask2.append(sweep_time(2))
        print(f"repeat {i + 1}: serial {serial[-1]:.1f} s, 2 workers {dask2[-1]:.1f} s", flush=True)
    alone1 = [one_run(1)[0] for _ in range(ns.repeats)]
    alone2 = [one_run(2)[0] for _ in range(ns.repeats)]
    pair = [max(one_run(1, 2)) for _ in range(ns.repeats)]
    starts = [startup() for _ in range(ns.repeats)]
    med = statistics.median
    out = dict(command=f"python bench/speed/dask_speed.py --repeats {ns.repeats}", cores=os.cpu_count(), runs=8,
               serial_s=serial, workers2_s=dask2, serial_median_s=med(serial), workers2_median_s=med(dask2),
               ratio_median=med(dask2) / med(serial),
               one_run_1_thread_s=med(alone1), one_run_2_threads_s=med(alone2), two_1_thread_runs_at_once_s=med(pair),
               throughput_two_processes_vs_one=2 * med(alone1) / med(pair),
               throughput_two_threads_vs_one=med(alone1) / med(alone2),
               cluster_start_s=med([s for s, _ in starts]), worker_imports_and_data_s=med([max(e) for _, e in starts]))
    print(json.dumps(out, indent=1))
    atomic_write(ns.out, json.dumps(out, indent=1) + '\n')
