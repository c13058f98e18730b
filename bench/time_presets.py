"""Time presets (and the reference brain-inspired replay) side by side on this machine: two processes at once, one
thread each, so both see the same load.

    python bench/time_presets.py --pairs best,wide --json results/time_presets.json
    python bench/time_presets.py --pairs best,wide wide,bir --bir /tmp/bir --bir-data /tmp/birdata --json results/time_presets.json

A preset runs as `genreplay run --preset NAME --seed 0` into a fresh folder; `bir` is brain-inspired replay from
GMvandeVen/continual-learning (a checkout given by --bir, never part of this repository), run as
`main.py --experiment=splitMNIST --scenario=class --brain-inspired --no-save` with its own defaults, MNIST under
--bir-data in its layout (DIR/MNIST/MNIST/raw). Each job's time is its process's wall time (start-up and data
loading included, for both); ACC is read from the results file, or from BI-R's printed average accuracy.
"""
import argparse, json, os, re, subprocess, sys, tempfile, time
from pathlib import Path

def job(name, a, out):
    if name == 'bir':
        return [sys.executable, 'main.py', '--experiment=splitMNIST', '--scenario=class', '--brain-inspired', '--no-save',
                f'--data-dir={a.bir_data}'], a.bir
    return [str(Path(sys.executable).parent/'genreplay'), 'run', '--preset', name, '--seed', '0', '--out', str(out/name)], None

def acc(name, log, out):
    if name == 'bir': return float(re.findall(r'average accuracy over all 5 contexts: ([0-9.]+)', log)[-1])
    return json.loads(next((out/name).glob('generative-s0-*.json')).read_text())['metrics']['acc']

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--pairs', nargs='+', default=['best,wide'], help="A,B: run A and B at the same time")
    p.add_argument('--bir', help="a checkout of GMvandeVen/continual-learning"); p.add_argument('--bir-data', default='/tmp/birdata')
    p.add_argument('--json'); a = p.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS='1', MKL_NUM_THREADS='1')
    pairs = []
    for pair in a.pairs:
        names, out = pair.split(','), Path(tempfile.mkdtemp())
        if 'bir' in names and not a.bir: p.error("--bir is needed for the pair " + pair)
        procs, t0 = {}, time.perf_counter()
        for n in names:
            cmd, cwd = job(n, a, out)
            procs[n] = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        secs, logs = {}, {}
        for n, pr in procs.items(): logs[n] = pr.communicate()[0]; secs[n] = time.perf_counter() - t0
        bad = [n for n, pr in procs.items() if pr.returncode]
        if bad: sys.exit(f"{bad} failed:\n" + '\n'.join(logs[n][-2000:] for n in bad))
        pairs.append(dict(pair=names, seconds=secs, acc={n: acc(n, logs[n], out) for n in names}))
        print(', '.join(f"{n}: {secs[n]:.0f} s, ACC {pairs[-1]['acc'][n]:.4f}" for n in names), flush=True)
    res = dict(command=' '.join(['python', 'bench/time_presets.py', *sys.argv[1:]]), threads_per_job=1, pairs=pairs,
               machine=f"{os.cpu_count()} cores")
    if a.json: Path(a.json).write_text(json.dumps(res, indent=1) + '\n')
