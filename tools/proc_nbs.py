"""`nbdev_proc_nbs`, except that only the cells show_doc needs are run again: exported cells, show_doc cells and cells
of nothing but imports. nbdev also re-runs any cell that holds an import, alone in a fresh shell, which fails on a
test cell whose other names come from earlier cells; the pages' outputs come from tools/build_docs.py's run anyway.

    python tools/proc_nbs.py PATH     # as `nbdev_proc_nbs --path PATH`
"""
import ast, sys
import nbdev.processors as P
from nbdev.quarto import nbdev_proc_nbs

_orig = P._do_eval


def _only_imports(cell)->bool:
    "Whether every top-level statement of the cell is an import"
    trees = cell.parsed_()
    return bool(trees) and all(isinstance(t, (ast.Import, ast.ImportFrom)) for t in trees)


def do_eval(cell):
    "nbdev's rule, without the 'any import anywhere' case"
    if cell.cell_type != 'code' or not cell.source: return _orig(cell)
    wanted = cell.directives_.keys() & {'export', 'exports', 'exporti', 'exec_doc'} or P._show_docs(cell.parsed_() or [])
    return _orig(cell) if wanted or _only_imports(cell) else None


if __name__ == '__main__':
    P._do_eval = do_eval
    nbdev_proc_nbs(path=sys.argv[1], n_workers=0)   # in this process, where the rule above holds
