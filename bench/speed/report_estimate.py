"""The time `genreplay report` estimates before it starts, beside the time it takes.

Writes results/speed/report_estimate.json; read by nbs/index.ipynb (the README) and nbs/13_results.ipynb.

    python bench/speed/report_estimate.py quick      # `genreplay report --preset quick` into a temporary folder
    python bench/speed/report_estimate.py default    # `genreplay report`, one seed: what `make report` runs
    python bench/speed/report_estimate.py default --log LOG --wall SECONDS --how TEXT   # a run made elsewhere

Each mode runs the command from an empty output folder (nothing cached), keeps its output in a log file, reads the
estimate from the plan it prints first, and measures the whole command's wall time. The file keeps one row per mode;
running a mode again replaces its row. Set OMP_NUM_THREADS as for the run you want to time (the plan states the
threads it measured its rates with).
"""
import argparse, json, os, re, subprocess, sys, tempfile, time
from pathlib import Path

COMMANDS = dict(quick=['genreplay', 'report', '--preset', 'quick'], default=['genreplay', 'report'])


def estimate_seconds(log:str)->float:
    "The estimate a `genreplay report` plan printed: its exact seconds, else its rounded duration"
    m = re.search(r"Estimated time: about [^(]*\(([\d,]+) s", log)
    if m: return float(m.group(1).replace(',', ''))
    m = re.search(r"Estimated time: about ([\d.]+) (s|min|h)\b", log)
    if not m: raise SystemExit("no 'Estimated time' line in the log: is it the output of `genreplay report`?")
    return float(m.group(1)) * dict(s=1, min=60, h=3600)[m.group(2)]


def plan_lines(log:str)->list:
    "The plan's lines, as printed before the first run"
    keep = ('Plan:', 'Cached:', 'To run:', 'Operations:', 'Rates on', 'Estimated time:')
    return [l.strip() for l in log.replace('\r', '\n').splitlines() if l.strip().startswith(keep)]


def run_timed(cmd:list, log_path:Path)->float:
    "Run `cmd` with its output in `log_path`; its wall seconds (it must succeed)"
    t = time.perf_counter()
    with open(log_path, 'w') as f: rc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT).returncode
    if rc: raise SystemExit(f"{' '.join(cmd)} failed with exit code {rc}: see {log_path}")
    return time.perf_counter() - t


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('mode', choices=list(COMMANDS))
    ap.add_argument('--log', help='the output of a run made outside this script (with --wall)')
    ap.add_argument('--wall', type=float, help="that run's measured wall seconds")
    ap.add_argument('--how', default='a run made outside the script, from an empty folder',
                    help='how that run was made and timed')
    ap.add_argument('--json', default='results/speed/report_estimate.json')
    a = ap.parse_args()
    if (a.log is None) != (a.wall is None): ap.error('--log and --wall go together')
    cmd = COMMANDS[a.mode]
    if a.log:
        log, wall, how = Path(a.log).read_text(), a.wall, a.how
    else:
        out = Path(tempfile.mkdtemp(prefix='report_estimate_'))
        wall = run_timed(cmd + ['--out', str(out/'report')], out/'log.txt')
        log, how = (out/'log.txt').read_text(), 'timed by the script, from an empty folder'
    est = estimate_seconds(log)
    row = dict(mode=a.mode, command=' '.join(cmd), threads=int(os.environ.get('OMP_NUM_THREADS', 0)) or None,
               estimate_s=round(est, 1), measured_s=round(wall, 1), ratio=round(wall / est, 2), measured_how=how,
               load_average=round(os.getloadavg()[0], 2), plan=plan_lines(log))
    f = Path(a.json)
    doc = json.loads(f.read_text()) if f.exists() else {}
    rows = [r for r in doc.get('rows', []) if r['mode'] != a.mode] + [row]
    doc = dict(command='python bench/speed/report_estimate.py MODE (one row per mode; see each row)',
               rows=sorted(rows, key=lambda r: list(COMMANDS).index(r['mode'])))
    f.write_text(json.dumps(doc, indent=1) + '\n')
    print(f"{row['command']}: estimated {est:.0f} s, took {wall:.0f} s ({row['ratio']:.2f}x)")
