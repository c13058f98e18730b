"""Kill a running sweep with SIGKILL at random moments, restart it each time, and check that nothing was lost,
duplicated or left partial.

    python bench/kill_resume.py --kills 10

The sweep is `genreplay run` over `--configs` seeds of a tiny configuration (real MNIST, 200 images per task), so
each configuration takes about a second. After the last kill the sweep is run to the end. Then: every configuration
has exactly one results file that loads (`load_results` checks JSON and schema), the journal lists each exactly once,
and no temporary file is left. Prints "N kills, L lost, D duplicated".
"""
import argparse, os, random, signal, subprocess, sys, tempfile, time, collections
from pathlib import Path

def sweep_cmd(out, n):
    return [str(Path(sys.executable).parent/'genreplay'), 'run', '--vae-epochs', '1', '--mlp-epochs', '1', '--n-replay', '100',
            '--max-per-task', '200', '--device', 'cpu', '--quiet', '--out', str(out), '--seed', *map(str, range(n))]

def main(kills=10, configs=12, lo=1.0, hi=6.0, seed=0, out=None):
    rng = random.Random(seed)
    out = Path(out or tempfile.mkdtemp(prefix='killresume-'))
    env = os.environ | {'OMP_NUM_THREADS': '1'}
    done_kills = 0
    while done_kills < kills:
        p = subprocess.Popen(sweep_cmd(out, configs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(lo, hi))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL); p.wait(); done_kills += 1
            n = len(list(out.glob('generative-*.json')))
            print(f"kill {done_kills}: {n}/{configs} finished so far", flush=True)
        else:
            print("sweep finished before the kill: starting over in a fresh folder", flush=True)
            out = Path(tempfile.mkdtemp(prefix='killresume-'))
    r = subprocess.run(sweep_cmd(out, configs), capture_output=True, text=True, env=env)
    if r.returncode: sys.exit(f"the final resume failed:\n{r.stderr[-2000:]}")
    from genreplay_nb.experiment import load_results
    files = sorted(out.glob('generative-*.json'))
    bad = []
    for f in files:
        try: load_results(f)
        except Exception as e: bad.append(f"{f.name}: {e}")
    seeds = {load_results(f)['config']['seed'] for f in files if f"{f.name}" not in ' '.join(bad)}
    lost = configs - len(seeds)
    journal = collections.Counter(l.split()[-1] for l in (out/'journal.txt').read_text().splitlines())
    dup = sum(c - 1 for c in journal.values() if c > 1)
    tmp = [f.name for f in out.iterdir() if f.name.endswith('.tmp')]
    print(f"{kills} kills, {lost} lost, {dup} duplicated ({len(files)} results files, {len(bad)} corrupt, "
          f"{len(tmp)} temporary files left) in {out}")
    return dict(kills=kills, lost=lost, duplicated=dup, corrupt=len(bad), tmp=len(tmp))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kills', type=int, default=10); ap.add_argument('--configs', type=int, default=12)
    ap.add_argument('--seed', type=int, default=0); ap.add_argument('--out')
    a = ap.parse_args()
    r = main(a.kills, a.configs, seed=a.seed, out=a.out)
    sys.exit(1 if r['lost'] or r['duplicated'] or r['corrupt'] or r['tmp'] else 0)
