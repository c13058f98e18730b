"""The same sweep three ways, one after the other in one process: in this process (serial), on a local Dask cluster
of 1 worker, and on one of 2 workers with one worker killed (SIGKILL) while the sweep runs.

Writes results/reliability/dask_sweep.json; read by nbs/13_results.ipynb.

    python bench/checks/dask_sweep.py --json results/reliability/dask_sweep.json

The sweep: `--seeds` seeds x two classifier epochs (1, 2) of a small generative-replay configuration (real MNIST,
`--max-per-task` images per task), so pairs of runs share a VAE trajectory (one unit of work each). The seeds are
trained one by one (`run_sweep(stack=False)`), so that there are several units to spread over the workers; with
`--stack` they are stacked, which makes the whole sweep one unit of two stacks here. Checks: every
result once in each folder (files and journal), and the 1-worker results equal to the serial ones bit for bit (both
use all the cores' threads). The 2-worker runs use one thread each, so their last bits differ from the serial runs';
their largest ACC difference is printed. Wall times include starting the cluster.
"""
import argparse, json, os, signal, sys, tempfile, threading, time
from pathlib import Path
import psutil, torch
from genreplay_nb.config import Config
from genreplay_nb.sweep import run_sweep, work_units

def sweep(seeds, n):
    base = Config(vae_epochs=2, mlp_epochs=1, n_replay=n, max_per_task=n, device='cpu')
    return [base.replace(seed=s, mlp_epochs=m) for s in range(seeds) for m in (1, 2)]

def kill_a_worker(out, killed):
    "Once a unit is under way, SIGKILL one Dask worker process"
    while not any((out/'.status').glob('*.json')): time.sleep(0.2)
    time.sleep(1)
    w = [c for c in psutil.Process().children() if 'spawn_main' in ' '.join(c.cmdline())]
    if w: w[0].send_signal(signal.SIGKILL); killed.append(w[0].pid)

def timed(cfgs, out, **kw):
    t0 = time.perf_counter(); res = run_sweep(cfgs, out, progress=False, **kw); return res, time.perf_counter() - t0

def check(res, out, n):
    files, lines = list(Path(out).glob('generative-*.json')), (Path(out)/'journal.txt').read_text().splitlines()
    return len(res) == n and len(files) == n and len(lines) == n and len({l.split()[2] for l in lines}) == n

def main(seeds=4, n=1000, stack=False):
    cfgs = sweep(seeds, n); root = Path(tempfile.mkdtemp(prefix='dask-sweep-'))
    serial, t_serial = timed(cfgs, root/'serial', stack=stack)
    one, t_one = timed(cfgs, root/'one', workers=1, stack=stack)
    killed = []; threading.Thread(target=kill_a_worker, args=(root/'two', killed), daemon=True).start()
    two, t_two = timed(cfgs, root/'two', workers=2, stack=stack)
    same = all(one[k]['R'] == serial[k]['R'] and one[k]['losses'] == serial[k]['losses'] for k in serial)
    out = dict(runs=len(cfgs), units=len(work_units(cfgs, stack)), stack=stack, cores=os.cpu_count(), torch_threads_serial=torch.get_num_threads(),
               wall_serial_s=t_serial, wall_1_worker_s=t_one, wall_2_workers_killed_s=t_two, workers_killed=len(killed),
               each_once=dict(serial=check(serial, root/'serial', len(cfgs)), one=check(one, root/'one', len(cfgs)),
                              two=check(two, root/'two', len(cfgs))),
               one_worker_equals_serial=same,
               two_workers_max_acc_diff=max(abs(two[k]['metrics']['acc'] - serial[k]['metrics']['acc']) for k in serial),
               command=' '.join(['python', 'bench/checks/dask_sweep.py', *sys.argv[1:]]))
    print(json.dumps(out, indent=1))
    return out

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seeds', type=int, default=4); ap.add_argument('--max-per-task', type=int, default=1000)
    ap.add_argument('--stack', action='store_true', help='stack the seeds (default: one by one)'); ap.add_argument('--json')
    a = ap.parse_args()
    r = main(a.seeds, a.max_per_task, a.stack)
    if a.json: Path(a.json).write_text(json.dumps(r, indent=1))
    sys.exit(0 if all(r['each_once'].values()) and r['one_worker_equals_serial'] and r['workers_killed'] else 1)
