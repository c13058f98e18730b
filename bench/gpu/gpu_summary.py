"""Table 1, the sensitivity grid and the comparison from a folder of runs made elsewhere (e.g. the GPU suite's report sweep).

Writes results/gpu/check/report_summary.json; read by nbs/13_results.ipynb.

    python bench/gpu/gpu_summary.py results/gpu/check/report_runs --json results/gpu/check/report_summary.json

The runs are grouped by configuration: Table 1 is the report preset's configuration, the grid every generative
configuration of the report preset's sensitivity options, the comparison every other strategy (and Table 1's).
"""
import argparse, json, sys
from genreplay_nb.config import preset
from genreplay_nb.report import load_runs, table1_rows, sensitivity_rows, comparison_rows, markdown_table

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('folder'); p.add_argument('--json'); ns = p.parse_args()
    runs = load_runs(ns.folder); rep = preset('report')['options']
    gen = [r for r in runs if r['config']['strategy'] == 'generative']
    main = [r for r in gen if all(r['config'][k] == v for k, v in rep.items()) and r['config']['n_replay'] == 11000
            and r['config']['vae_epochs'] == 30 and r['config']['mlp_epochs'] == 5]
    out = dict(command=' '.join(['python', *sys.argv]), n_runs=len(runs), devices=sorted({r['device_name'] for r in runs}),
               cuda_graphs=sorted({str(r.get('cuda_graphs')) for r in runs}), stack=sorted({r['stack'] for r in runs}),
               table1=table1_rows(main), sensitivity=sensitivity_rows(gen),
               comparison=comparison_rows(main + [r for r in runs if r['config']['strategy'] != 'generative']))
    for k in ('table1', 'sensitivity', 'comparison'): print(markdown_table(out[k]), '\n')
    print(f"{len(runs)} runs on {out['devices']}, CUDA graphs {out['cuda_graphs']}, stacks of {out['stack']}")
    if ns.json: open(ns.json, 'w').write(json.dumps(out, indent=1) + '\n')
