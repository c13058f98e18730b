"""Time presets (and the reference brain-inspired replay) side by side on this machine: two processes at once, one
thread each, so both see the same load. Each job writes its output to its own log file: no job can block on a full
pipe while the other is waited on (the earlier harness read two pipes one after the other, which stalled the
reference at about 20% CPU while `wide` ran, and doubled its time).

Writes results/speed/time_presets.json; read by nbs/11_ablation.ipynb, nbs/13_results.ipynb and the README.

    python bench/speed/time_presets.py --pairs best,wide best,wide --json results/speed/time_presets.json
    python bench/speed/time_presets.py --pairs wide,bir wide,bir best,bir --bir /tmp/bir --bir-python /tmp/birvenv/bin/python \
        --bir-data /tmp/birdata --json results/speed/time_presets.json

A preset runs as `genreplay run --preset NAME --seed 0` into a fresh folder; `bir` is brain-inspired replay from
GMvandeVen/continual-learning (a checkout given by --bir, never part of this repository), run as
`main.py --experiment=splitMNIST --scenario=class --brain-inspired --no-save` with its own defaults, MNIST under
--bir-data in its layout (DIR/MNIST/MNIST/raw). Each job's time is its own process's wall time, from the start of
the pair to its exit (start-up and data loading included, for both); ACC is read from the results file, or from
BI-R's printed average accuracy. Rows of earlier calls are kept (a pair run again adds a row); the README and the
ablation page quote the median of each pair's rows.
"""
import argparse, json, os, re, subprocess, sys, tempfile, time
from pathlib import Path

def job(name, a, out):
    if name == 'bir':
        return [a.bir_python, 'main.py', '--experiment=splitMNIST', '--scenario=class', '--brain-inspired',
                '--no-save', f'--data-dir={a.bir_data}'], a.bir
    return [str(Path(sys.executable).parent/'genreplay'), 'run', '--preset', name, '--seed', '0', '--quiet',
            '--out', str(out/name)], None

def acc(name, log, out):
    if name == 'bir': return float(re.findall(r'average accuracy over all 5 contexts: ([0-9.]+)', log)[-1])
    return json.loads(next((out/name).glob('generative-s0-*.json')).read_text())['metrics']['acc']

def time_pair(names, a, env):
    "Start the jobs of a pair at once, each logging to its own file; each one's seconds to its exit, and ACC"
    out = Path(tempfile.mkdtemp())
    procs, logs, t0 = {}, {}, time.perf_counter()
    for n in names:
        cmd, cwd = job(n, a, out)
        logs[n] = open(out/f"{n}.log", 'w')
        procs[n] = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=logs[n], stderr=subprocess.STDOUT, text=True)
    secs = {}
    while len(secs) < len(procs):
        for n, pr in procs.items():
            if n not in secs and pr.poll() is not None: secs[n] = time.perf_counter() - t0
        time.sleep(0.2)
    for f in logs.values(): f.close()
    text = {n: (out/f"{n}.log").read_text() for n in names}
    bad = [n for n, pr in procs.items() if pr.returncode]
    if bad: sys.exit(f"{bad} failed:\n" + '\n'.join(text[n][-2000:] for n in bad))
    return dict(pair=names, seconds=secs, acc={n: acc(n, text[n], out) for n in names})

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--pairs', nargs='+', default=['best,wide'], help="A,B: run A and B at the same time")
    p.add_argument('--bir', help="a checkout of GMvandeVen/continual-learning")
    p.add_argument('--bir-python', default=sys.executable, help="the Python that runs it (with its requirements)")
    p.add_argument('--bir-data', default='/tmp/birdata')
    p.add_argument('--json')
    a = p.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS='1', MKL_NUM_THREADS='1')
    old = json.loads(Path(a.json).read_text()) if a.json and Path(a.json).exists() else {}
    pairs = [r for r in old.get('pairs', []) if r.get('harness') == 'log files']    # rows of the blocking harness dropped
    for pair in a.pairs:
        names = pair.split(',')
        if 'bir' in names and not a.bir: p.error("--bir is needed for the pair " + pair)
        cmd = ' '.join(['python', 'bench/speed/time_presets.py', *sys.argv[1:]])
        row = time_pair(names, a, env) | dict(harness='log files', command=cmd)
        pairs.append(row)
        print(', '.join(f"{n}: {row['seconds'][n]:.0f} s, ACC {row['acc'][n]:.4f}" for n in names), flush=True)
        res = dict(command=' '.join(['python', 'bench/speed/time_presets.py', *sys.argv[1:]]), threads_per_job=1,
                   pairs=pairs, machine=f"{os.cpu_count()} cores")
        if a.json: Path(a.json).write_text(json.dumps(res, indent=1) + '\n')
