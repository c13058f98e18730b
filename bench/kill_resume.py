"""Kill a running sweep with SIGKILL at random moments after training has started, restart it each time, and check
that nothing was lost, duplicated or left partial, and that the resumed results equal uninterrupted ones bit for bit.

    python bench/kill_resume.py --kills 20 --json results/kill_resume.json

The sweep is `genreplay run` over `--configs` seeds of a small configuration (real MNIST, 300 images per task, two
VAE epochs), one thread. First it runs uninterrupted into one folder (the reference). Then, into another folder, it is
started, and once a run holds its lock (training has started: imports and data loading are over) it is killed after a
random delay, so kills land inside runs (which then continue from their last checkpoint), between runs, and around
the writing of results and journal. After every kill the folder is checked: every results file loads and is in the
journal once. After the last kill the sweep runs to the end and every result is compared with the reference.
Prints "N kills, L lost, D duplicated, U unjournaled, M mismatched".
"""
import argparse, json, os, random, signal, subprocess, sys, tempfile, time, collections
from pathlib import Path

def sweep_cmd(out, n):
    return [str(Path(sys.executable).parent/'genreplay'), 'run', '--vae-epochs', '2', '--mlp-epochs', '1', '--n-replay', '300',
            '--max-per-task', '300', '--device', 'cpu', '--quiet', '--out', str(out), '--seed', *map(str, range(n))]

def state(out):
    "Results files that load, journal counts, files not in the journal, temporary files"
    from genreplay_nb.experiment import load_results
    files = sorted(Path(out).glob('generative-*.json'))
    ok = {f.name: load_results(f) for f in files}            # raises on a partial or corrupt file
    j = Path(out)/'journal.txt'
    journal = collections.Counter(l.split()[-1] for l in j.read_text().splitlines()) if j.exists() else collections.Counter()
    return ok, journal, [n for n in ok if n not in journal], [f.name for f in Path(out).rglob('*.tmp')]

def main(kills=20, configs=16, hi=4.0, seed=0, out=None):
    rng, env = random.Random(seed), os.environ | {'OMP_NUM_THREADS': '1'}
    ref, out = Path(tempfile.mkdtemp(prefix='killresume-ref-')), Path(out or tempfile.mkdtemp(prefix='killresume-'))
    t0 = time.time(); subprocess.run(sweep_cmd(ref, configs), check=True, env=env, capture_output=True)
    print(f"reference sweep: {configs} runs in {time.time()-t0:.0f} s", flush=True)
    done_kills, unjournaled = 0, 0
    while done_kills < kills:
        start = time.time()
        p = subprocess.Popen(sweep_cmd(out, configs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        while p.poll() is None and not any(l.stat().st_mtime >= start for l in (out/'.locks').glob('generative-*.lock')):
            time.sleep(0.05)          # until this process takes a run's lock: training starts
        time.sleep(rng.uniform(0, hi))
        if p.poll() is not None: print("sweep finished before the kill"); break
        p.send_signal(signal.SIGKILL); p.wait(); done_kills += 1
        ok, journal, unj, tmp = state(out); unjournaled += len(unj)
        print(f"kill {done_kills}: {len(ok)}/{configs} finished, {len(list((out/'.checkpoints').glob('*.pt')))} checkpoint(s), "
              f"{len(unj)} unjournaled", flush=True)
    r = subprocess.run(sweep_cmd(out, configs), capture_output=True, text=True, env=env)
    if r.returncode: sys.exit(f"the final resume failed:\n{r.stderr[-2000:]}")
    ok, journal, unj, tmp = state(out); refs, _, _, _ = state(ref)
    keys = ('R', 'b', 'metrics', 'losses', 'samples', 'state_bytes', 'flops_per_task')
    mismatched = [n for n in refs if n in ok and any(ok[n][k] != refs[n][k] for k in keys)]
    res = dict(kills=done_kills, configs=configs, lost=configs - len(ok), duplicated=sum(c - 1 for c in journal.values() if c > 1),
               unjournaled=unjournaled + len(unj), mismatched=len(mismatched), tmp_left=len(tmp),
               command=' '.join(['python', 'bench/kill_resume.py', *sys.argv[1:]]))
    print(f"{res['kills']} kills, {res['lost']} lost, {res['duplicated']} duplicated, {res['unjournaled']} unjournaled, "
          f"{res['mismatched']} mismatched ({len(ok)} results files compared with an uninterrupted sweep, "
          f"{len(tmp)} temporary files left) in {out}")
    return res

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kills', type=int, default=20); ap.add_argument('--configs', type=int, default=16)
    ap.add_argument('--seed', type=int, default=0); ap.add_argument('--out'); ap.add_argument('--json')
    a = ap.parse_args()
    r = main(a.kills, a.configs, seed=a.seed, out=a.out)
    if a.json: Path(a.json).write_text(json.dumps(r, indent=1))
    sys.exit(1 if any(r[k] for k in ('lost', 'duplicated', 'unjournaled', 'mismatched', 'tmp_left')) else 0)
