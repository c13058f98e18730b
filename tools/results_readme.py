"""Generate results/README.md: every file in results/, the command that made it and the pages that read it.

    python tools/results_readme.py           # write results/README.md
    python tools/results_readme.py --check   # fail when results/README.md is not what this would write

The command of a file is its own `command` field when it is a JSON file that has one, else its study's command
(STUDIES below). The pages that read a file are found in the notebooks' sources: a page reads a file when it names
the file's path, a folder of runs that holds it, or a glob pattern over its folder that matches its name.
"""
import argparse, fnmatch, json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT/'results'

# study folder -> (what it is, the command that made the files that do not name their own)
STUDIES = {
    'table1': ("Table 1 of the report, reproduced: the report's configuration over 5 seeds",
               'genreplay run --preset report --seed 0 1 2 3 4 --out results/table1'),
    'best': ('the `best` preset over 5 seeds', 'genreplay run --preset best --seed 0 1 2 3 4 --out results/best'),
    'baselines': ('finetune, vanilla replay, joint training, EWC, SI and LwF: a strength sweep at seed 0, then 5 seeds',
                  'bash bench/experiments/baselines.sh'),
    'report': ('the published 5-seed report: its notebook, tables and results',
               'genreplay report --seeds 0 1 2 3 4 --out report_out && make publish-report'),
    'ablation/mnist': ('ablation of the generative-replay options, Split MNIST',
                       'python bench/experiments/ablation.py --seeds 0 1 2 3 4 --out results/ablation/mnist'),
    'ablation/fashion': ('the ablation on Split Fashion-MNIST, fewer seeds',
                         'python bench/experiments/ablation.py --dataset FashionMNIST --out results/ablation/fashion'),
    'ablation/fashion5': ('the ablation on Split Fashion-MNIST, 5 seeds',
                          'python bench/experiments/ablation.py --dataset FashionMNIST --seeds 0 1 2 3 4 '
                          '--out results/ablation/fashion5'),
    'search/mnist': ('the search for a better preset, every candidate over 5 seeds, on the CPU',
                     'python bench/experiments/search.py'),
    'search/fashion': ('the search on Split Fashion-MNIST',
                       'python bench/experiments/search.py --dataset FashionMNIST --out results/search/fashion'),
    'search/gpu': ('the search on a lent H200', 'bash bench/gpu/gpu_search.sh; bash bench/gpu/gpu_search.sh 2'),
    'gpu/runs': ('runs of `best` and of the report configuration on a lent H200 (before CUDA graphs)',
                 'bash bench/gpu/gpu_check.sh (an earlier version, see gpu/runs/README.md)'),
    'gpu/check': ('the GPU suite: one run, a stack, the report sweep, profiles, on a lent H200',
                  'bash bench/gpu/gpu_check.sh'),
    'keep': ('what is kept between tasks against accuracy', 'python bench/experiments/keep_study.py'),
    'scaling': ('memory and time as the number of tasks grows', 'python bench/experiments/scaling.py'),
    'explore': ('sampling options tried on top of `best`, one seed each',
                'genreplay run --preset best --prior-scale S --sharpen K --seed N --out results/explore'),
    'speed': ('timings: one run, stacks against runs one by one, one step, profiles, presets side by side, Dask',
              'python bench/speed/batched.py --json results/speed/batched_report.json '
              '--save results/speed/batched_report'),
    'reliability': ('checks: the engine against committed results, kill and resume, sweep against alone, Dask',
                    'see each file'),
    'confusion': ('where the errors of `best` go after the last task', 'see each file'),
    'regen': ("Table 1, `best` and `wide` made again with today's engine, compared with the committed runs",
              'make results'),
    'beyond/splitmnist': ('Split MNIST in the task- and domain-incremental scenarios (and class-IL vanilla replay '
                          'at 100 per class), every strategy over 5 seeds',
                          'OMP_NUM_THREADS=1 bash bench/experiments/beyond_mnist.sh'),
    'beyond/cifar_features': ('Split CIFAR-10 (JPEG q75 copy) on frozen EfficientNet-Lite0 features, class-IL, '
                              'every strategy over 5 seeds', 'OMP_NUM_THREADS=1 bash bench/experiments/beyond_cifar.sh'),
    'beyond/cifar_features_pilot': ('generative replay on the CIFAR10-Lite0 features at seed 0: the settings tried '
                                    'before the 5 seeds (and the baselines at seed 0)',
                                    'genreplay run --dataset CIFAR10-Lite0 --preset best (options: see each file) '
                                    '--seed 0 --out results/beyond/cifar_features_pilot'),
    'beyond/gaussian_pilot': ('Gaussian replay (a covariance per class) on the CIFAR10-Lite0 features at seeds 0 and 1: '
                              'the epochs per task and shrinkages tried before the 5 seeds',
                              'genreplay run --strategy gaussian --covariance class --dataset CIFAR10-Lite0 '
                              '--seed 0 1 --out results/beyond/gaussian_pilot (--mlp-epochs, --shrinkage: see each file)'),
    'beyond/gaussian_heldout': ('Gaussian replay\'s distillation chosen on the CIFAR10-Lite0 features without the test '
                                'split: 200 training features per class held out, seeds 0-2, SLDA and joint beside',
                                'OMP_NUM_THREADS=1 python bench/experiments/heldout_features.py --seeds 0 1 2 '
                                '--json results/beyond/gaussian_heldout/heldout.json'),
    'beyond/conv_pilot': ('Split MNIST class-IL with a convolutional classifier and `best`\'s options: the pilot '
                          'runs at seed 0 (classifier widths, VAE, sharpening, images per task)',
                          'genreplay run --preset best --model conv --seed 0 --out results/beyond/conv_pilot '
                          '(the other options: see each file)'),
    'beyond/permuted/first': ('Permuted MNIST, domain-IL: the first protocol tried (12,000 images per task, 5 '
                              'epochs), stopped after 3 seeds', 'genreplay run --preset best --dataset PermutedMNIST '
                              '--n-tasks 10 --scenario domain --mlp-hidden 1000 1000 --max-per-task 12000 --seed 0 1 2 '
                              '--no-stack --out results/beyond/permuted/first'),
    'beyond/permuted': ('Permuted MNIST (10 tasks), reduced protocol, 1000-1000 classifier: domain-IL, `best` and '
                        'the baselines over 5 seeds; task- and class-IL, `best` at seeds 0 and 1',
                        'OMP_NUM_THREADS=1 bash bench/experiments/beyond_permuted.sh'),
    'beyond/splitmnist_conv': ('Split MNIST class-IL with a convolutional classifier, `best`\'s options and sharpened '
                               'replay, 5 seeds', 'genreplay run --preset best --model conv --mlp-hidden 16 32 '
                               '--sharpen 3 --seed 0 1 2 3 4 --no-stack --out results/beyond/splitmnist_conv'),
    'beyond/cifar_scratch': ('Split CIFAR-10 (JPEG q75 copy) from scratch, class-IL, reduced protocol: a small '
                             'convolutional network, every strategy over 5 seeds',
                             'OMP_NUM_THREADS=1 bash bench/experiments/beyond_cifar_scratch.sh'),
    'beyond/reference': ("the reference library's generative replay (GMvandeVen/continual-learning) run on this "
                         "machine", 'see each file'),
}
RUN_FILE = re.compile(r'.*-s\d+-[0-9a-f]{12}\.(json|csv)$|journal\.txt$|summary_.*\.json$')


def tracked_files()->list:
    "Every file under results/ that git tracks (or that exists, outside a git checkout), README.md aside"
    r = subprocess.run(['git', 'ls-files', 'results'], cwd=ROOT, capture_output=True, text=True)
    names = r.stdout.split() if r.returncode == 0 else [str(p.relative_to(ROOT)) for p in RES.rglob('*') if p.is_file()]
    return sorted(n[len('results/'):] for n in names if n != 'results/README.md')


def study_of(name:str)->str:
    "The study folder of a file: the longest key of STUDIES that its path starts with"
    keys = [k for k in STUDIES if name.startswith(k + '/')]
    if not keys: raise SystemExit(f"results/{name}: no study in tools/results_readme.py's STUDIES holds it")
    return max(keys, key=len)


def with_today_paths(text:str)->str:
    "`text` with today's paths (scripts in bench/'s folders, results in study folders) and no machine folders"
    sed = subprocess.run(['sed', '-f', str(ROOT/'tools'/'results_paths.sed')], input=text, capture_output=True,
                         text=True, check=True).stdout
    sed = re.sub(r'/(?:root|tmp|work|home)(?:/[^\s/`]+)*/', 'OUT/', sed)
    return re.sub(r'/(?:root|tmp|work|home)(?:/[^\s/`]+)+', 'DIR', sed)


def today(command:str)->str:
    "A stored command with today's paths, starting with the program that runs it"
    sed = with_today_paths(command).strip()
    return sed if sed.split()[0] in ('python', 'bash', 'genreplay', 'OMP_NUM_THREADS=1', 'OMP_NUM_THREADS=2') \
        else 'python ' + sed


def command_of(name:str)->str:
    "The file's own `command` field (with today's paths), else its study's command"
    if name.endswith('.json'):
        d = json.loads((RES/name).read_text())
        if isinstance(d, dict) and isinstance(d.get('command'), str): return today(d['command'])
    return STUDIES[study_of(name)][1]


def page_sources()->dict:
    "Each page's source text: the notebooks, the README's notebook as 'README'"
    out = {}
    for nb in sorted((ROOT/'nbs').glob('*.ipynb')):
        cells = json.loads(nb.read_text())['cells']
        out[nb.name] = '\n'.join(''.join(c['source']) for c in cells)
    return out


def readers(name:str, pages:dict)->list:
    "The pages whose source names this file, a folder of runs holding it, or a glob over its folder matching it"
    folder, base = name.rsplit('/', 1) if '/' in name else ('', name)
    found = []
    for page, text in pages.items():
        paths = set(re.findall(r"results/([A-Za-z0-9_./{}*-]+)", text))
        paths |= {'/'.join(p for p in m if p) for m in re.findall(r"results/?([\w./-]*)'\)/'([\w./-]+)'", text)}
        paths |= {'/'.join(re.findall(r"'([\w.-]+)'", m)) for m in re.findall(r"RES((?:\s*/\s*'[\w.-]+')+)", text)}
        paths |= {q for q in re.findall(r"'([\w.-]+/[\w./-]+)'", text) if (RES/q).exists()}   # show('ablation/mnist')
        globs = re.findall(r"results/([A-Za-z0-9_/.-]+)'\)\.glob\('([^']+)'\)", text)
        inside = lambda p: name.startswith(p.rstrip('/') + '/') and base != 'README.md' and (
            RUN_FILE.match(base) or folder == p.rstrip('/'))          # a folder's own files, or runs below it
        hit = name in paths or any(inside(p) for p in paths if p)
        hit = hit or any(g_dir.rstrip('/') == folder and fnmatch.fnmatch(base, pat) for g_dir, pat in globs)
        if hit: found.append(page)
    return found


def render()->str:
    pages = page_sources()
    lines = ['<!-- generated by tools/results_readme.py: edit its STUDIES, not this file -->', '# results/', '',
             'Every file here, by study: the command that made it and the pages (notebooks in `nbs/`) that read it.',
             'Commands are shown with the paths of today (files made before `bench/` and `results/` were sorted into',
             'folders record the old paths).', 'A folder of runs holds one results file per run (`strategy-sSEED-KEY.json`), its CSV log and the',
             "folder's `journal.txt`; `genreplay verify FOLDER` checks them as the cache does. `-`: no page reads the file",
             "itself (the runs of keep/ and scaling/ feed the summary file beside them).", '']
    by_study = {}
    for name in tracked_files(): by_study.setdefault(study_of(name), []).append(name)
    for study in sorted(by_study):
        what, cmd = STUDIES[study]
        lines += [f'## {study}/', '', f'{what}. Made by `{cmd}` unless a file names its own command.', '',
                  '| file | command | read by |', '| --- | --- | --- |']
        for name in by_study[study]:
            c = command_of(name)
            c = '(as above)' if c == cmd else f'`{c}`'
            r = ', '.join(readers(name, pages)) or '-'
            lines.append(f"| `{name[len(study) + 1:]}` | {c} | {r} |")
        lines.append('')
    return '\n'.join(lines)


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='fail when results/README.md differs')
    a = ap.parse_args()
    text = render()
    target = RES/'README.md'
    if a.check:
        if not target.exists() or target.read_text() != text:
            sys.exit('results/README.md is out of date: run python tools/results_readme.py')
        print('results/README.md is current')
    else:
        target.write_text(text)
        print(f"results/README.md: {sum(1 for l in text.splitlines() if l.startswith('| `'))} files")
