"""Run the reference library's generative replay (GMvandeVen/continual-learning) on this machine, one job at a time,
and keep each run's accuracy, per-context accuracies and wall time in a JSON file (rows already there are skipped, so
a killed call resumes). The checkout is given by --ref and is never part of this repository.

    OMP_NUM_THREADS=1 python bench/experiments/reference.py --ref /tmp/bir --data /tmp/birdata \
        --experiment splitMNIST --scenarios task domain class --methods dgr+distill bir --seeds 0 \
        --json results/beyond/reference/splitmnist.json

Each job is `main.py --experiment=E --scenario=S METHOD-FLAGS --seed=N --no-save --data-dir=D` with the reference's
own defaults for everything else (for split MNIST: 2,000 iterations per context, batch 128, fully connected 400-400
networks); its output goes to a log file under --logs. ACC is the reference's printed "average accuracy over all
N contexts" (in task-IL it evaluates each context within its own head, as ours does).
Read by nbs/14_beyond.ipynb.
"""
import argparse, json, os, re, subprocess, sys, time
from pathlib import Path

METHODS = {'dgr+distill': ['--replay=generative', '--distill'], 'bir': ['--brain-inspired'],
           'bir+si': ['--brain-inspired', '--si'], 'dgr': ['--replay=generative'], 'none': []}

def run_one(a, method, scenario, seed, log):
    cmd = [a.python, 'main.py', f'--experiment={a.experiment}', f'--scenario={scenario}', *METHODS[method],
           f'--seed={seed}', '--no-save', f'--data-dir={a.data}', *a.extra]
    t0 = time.perf_counter()
    with open(log, 'w') as f: rc = subprocess.run(cmd, cwd=a.ref, stdout=f, stderr=subprocess.STDOUT).returncode
    secs, text = time.perf_counter() - t0, Path(log).read_text()
    if rc: sys.exit(f"{' '.join(cmd)} failed ({rc}):\n{text[-3000:]}")
    ctx = [float(v) for v in re.findall(r'- Context \d+: ([0-9.]+)', text)]
    acc = float(re.findall(r'average accuracy over all \d+ contexts: ([0-9.]+)', text)[-1])
    return dict(method=method, scenario=scenario, seed=seed, acc=acc, contexts=ctx, seconds=round(secs, 1),
                command=' '.join(cmd[1:]))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--ref', required=True, help="a checkout of GMvandeVen/continual-learning")
    p.add_argument('--python', default=sys.executable, help="the Python that runs it (torch, torchvision)")
    p.add_argument('--data', default='/tmp/birdata', help="its data folder (MNIST under DIR/MNIST/MNIST/raw)")
    p.add_argument('--experiment', default='splitMNIST')
    p.add_argument('--scenarios', nargs='+', default=['task', 'domain', 'class'])
    p.add_argument('--methods', nargs='+', default=['dgr+distill', 'bir'], choices=list(METHODS))
    p.add_argument('--seeds', nargs='+', type=int, default=[0])
    p.add_argument('--extra', action='append', default=[],
                   help="one more flag for main.py, e.g. --extra=--iters=500 (repeat for more)")
    p.add_argument('--json', required=True)
    p.add_argument('--logs', default='/tmp/reference_logs', help="where each job's output is written")
    a = p.parse_args()
    out = Path(a.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    res = json.loads(out.read_text()) if out.exists() else {}
    commit = subprocess.run(['git', 'rev-parse', 'HEAD'], cwd=a.ref, capture_output=True, text=True).stdout.strip()
    cmd = ' '.join(['python', 'bench/experiments/reference.py', *sys.argv[1:]])
    res |= dict(reference='GMvandeVen/continual-learning', reference_commit=commit or None,
                threads=os.environ.get('OMP_NUM_THREADS'), machine=f"{os.cpu_count()} cores")
    res['commands'] = res.get('commands', [res.pop('command')] if 'command' in res else []) + [cmd]
    rows = res.setdefault('runs', [])
    done = {(r['method'], r['scenario'], r['seed'], tuple(r.get('extra', []))) for r in rows}
    for scenario in a.scenarios:
        for method in a.methods:
            for seed in a.seeds:
                if (method, scenario, seed, tuple(a.extra)) in done: continue
                tag = ''.join(x.strip('-').replace('=', '') for x in a.extra)
                log = Path(a.logs)/f"{out.stem}-{method}-{scenario}-s{seed}{'-' + tag if tag else ''}.log"
                log.parent.mkdir(parents=True, exist_ok=True)
                row = run_one(a, method, scenario, seed, log) | dict(extra=a.extra, harness=cmd)
                rows.append(row)
                out.write_text(json.dumps(res, indent=1) + '\n')
                print(f"{method} {scenario} seed {seed}: ACC {row['acc']:.4f} in {row['seconds']:.0f} s", flush=True)
