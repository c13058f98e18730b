"""Kill a running sweep with SIGKILL at random moments after training has started, restart it each time, and check
that nothing was lost, duplicated or left partial, and that the resumed results equal uninterrupted ones bit for bit.

Writes results/reliability/kill_resume.json; read by nbs/10_reliability.ipynb, nbs/13_results.ipynb.

    python bench/checks/kill_resume.py --kills 20 --json results/reliability/kill_resume.json

The sweep is `genreplay run` over `--configs` seeds of a small configuration (real MNIST, 300 images per task, two
VAE epochs), one thread, done twice: as one stack of all the seeds (the default of `genreplay run`) and one by one
(`--no-stack`). For each, it first runs uninterrupted into one folder (the reference). Then, into another folder, it
is started, and once a run holds its lock (training has started: imports and data loading are over) it is killed
after a random delay of up to half the reference sweep's time (or `--max-delay` seconds), so kills land inside runs
(which then continue from their last checkpoint), between runs, and around the writing of results and journal; as the
restarts resume, the kills move towards the end. After every kill the folder is checked: every results file loads and
is in the journal once. When a restart finishes the sweep before its kill, every result is compared with the
reference and a new round starts in a fresh folder, until `--kills` kills are done; the last round is run to its
end. Prints "MODE: N kills, L lost, D duplicated, U unjournaled, M mismatched" for each mode.
"""
import argparse, json, os, random, signal, subprocess, sys, tempfile, time, collections
from pathlib import Path

def sweep_cmd(out, n, stack=True):
    return [str(Path(sys.executable).parent/'genreplay'), 'run', '--vae-epochs', '2', '--mlp-epochs', '1', '--n-replay', '300',
            '--max-per-task', '300', '--device', 'cpu', '--quiet', '--out', str(out), '--stack' if stack else '--no-stack',
            '--seed', *map(str, range(n))]

def state(out):
    "Results files that load, journal counts, files not in the journal, temporary files"
    from genreplay_nb.experiment import load_results
    files = sorted(Path(out).glob('generative-*.json'))
    ok = {f.name: load_results(f) for f in files}            # raises on a partial or corrupt file
    j = Path(out)/'journal.txt'
    journal = collections.Counter(l.split()[2] for l in j.read_text().splitlines()) if j.exists() else collections.Counter()
    return ok, journal, [n for n in ok if n not in journal], [f.name for f in Path(out).rglob('*.tmp')]

def tasks_done(out):
    "The tasks each checkpoint in `out` holds (1-based), comma-separated"
    import torch
    return ','.join(str(torch.load(f, weights_only=False)['t'] + 1) for f in sorted((Path(out)/'.checkpoints').glob('*.pt')))

def finish(out, refs, configs, sweep, env):
    "Run the sweep in `out` to its end; compare its results with the reference's (`refs`: name -> results)"
    r = subprocess.run(sweep(out), capture_output=True, text=True, env=env)
    if r.returncode: sys.exit(f"the final resume failed:\n{r.stderr[-2000:]}")
    ok, journal, unj, tmp = state(out)
    keys = ('R', 'b', 'metrics', 'losses', 'samples', 'state_bytes', 'flops_per_task')
    return collections.Counter(compared=len(ok), lost=configs - len(ok), duplicated=sum(c - 1 for c in journal.values() if c > 1),
        unjournaled=len(unj), tmp_left=len(tmp), mismatched=sum(n in ok and any(ok[n][k] != refs[n][k] for k in keys) for n in refs))

def main(kills=20, configs=16, hi=None, seed=0, stack=True):
    rng, env, mode = random.Random(seed), os.environ | {'OMP_NUM_THREADS': '1'}, 'stack' if stack else 'one by one'
    ref, sweep = Path(tempfile.mkdtemp(prefix='killresume-ref-')), lambda o: sweep_cmd(o, configs, stack)
    t0 = time.time(); subprocess.run(sweep(ref), check=True, env=env, capture_output=True); t_ref = time.time() - t0
    hi, refs = hi or t_ref / 2, state(ref)[0]
    print(f"{mode}: reference sweep: {configs} runs in {t_ref:.0f} s; kills up to {hi:.1f} s after training starts", flush=True)
    done_kills, tot, rounds = 0, collections.Counter(), 0
    while done_kills < kills:                                   # a round: one sweep into a fresh folder, killed until it ends
        out, rounds = Path(tempfile.mkdtemp(prefix='killresume-')), rounds + 1
        while done_kills < kills:
            start = time.time()
            p = subprocess.Popen(sweep(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            while p.poll() is None and not any(l.stat().st_mtime >= start for l in (out/'.locks').glob('generative-*.lock')):
                time.sleep(0.05)      # until this process takes a run's lock: training starts
            time.sleep(rng.uniform(0, hi))
            if p.poll() is not None: break                      # this restart finished the sweep: next round
            p.send_signal(signal.SIGKILL); p.wait(); done_kills += 1
            ok, journal, unj, tmp = state(out); tot['unjournaled'] += len(unj)
            print(f"{mode}: round {rounds}, kill {done_kills}: {len(ok)}/{configs} finished, "
                  f"checkpoints after task {tasks_done(out) or '-'}, {len(unj)} unjournaled", flush=True)
        tot += finish(out, refs, configs, sweep, env)
    res = dict(mode=mode, kills=done_kills, rounds=rounds, max_delay_s=hi, reference_s=t_ref, configs=configs,
               **{k: tot[k] for k in ('compared', 'lost', 'duplicated', 'unjournaled', 'mismatched', 'tmp_left')})
    print(f"{mode}: {res['kills']} kills, {res['lost']} lost, {res['duplicated']} duplicated, {res['unjournaled']} unjournaled, "
          f"{res['mismatched']} mismatched ({res['compared']} results files of {rounds} sweeps compared with an uninterrupted one, "
          f"{res['tmp_left']} temporary files left)")
    return res

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kills', type=int, default=20); ap.add_argument('--configs', type=int, default=16)
    ap.add_argument('--seed', type=int, default=0); ap.add_argument('--max-delay', type=float)
    ap.add_argument('--json'); a = ap.parse_args()
    modes = [main(a.kills, a.configs, a.max_delay, a.seed, stack=st) for st in (True, False)]
    if a.json: Path(a.json).write_text(json.dumps(dict(command=' '.join(['python', 'bench/checks/kill_resume.py', *sys.argv[1:]]), modes=modes), indent=1) + '\n')
    sys.exit(1 if any(r[k] for r in modes for k in ('lost', 'duplicated', 'unjournaled', 'mismatched', 'tmp_left')) else 0)
