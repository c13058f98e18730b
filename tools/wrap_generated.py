"""Wrap nbdev's generated lines to 110 characters: `__all__` (nbdev wraps at 120), docstrings, _modidx.py.

    python tools/wrap_generated.py     # run by `make export` after nbdev_export

Only the layout changes: the same names, the same index (checked by evaluating both before writing).
"""
import ast, re, textwrap
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent/'genreplay_nb'
WIDTH = 110
ALL = re.compile(r"^__all__ = \[.*?\]$", re.S | re.M)


def wrap_all(text:str)->str:
    "The module's text with its `__all__` list wrapped at WIDTH"
    m = ALL.search(text)
    if not m: return text
    names = ast.literal_eval(m.group(0).split('=', 1)[1].strip())
    tw = textwrap.TextWrapper(width=WIDTH, subsequent_indent=' ' * 11, break_long_words=False)
    return text[:m.start()] + '\n'.join(tw.wrap(f"__all__ = {names}")) + text[m.end():]


def wrap_docstring(text:str)->str:
    "The module's first line, nbdev's one-line docstring from the page description, wrapped at WIDTH"
    first, sep, rest = text.partition('\n')
    if len(first) <= WIDTH or not (first.startswith('"""') and first.endswith('"""')): return text
    body = textwrap.fill(first[3:-3], WIDTH - 3, break_long_words=False)
    return '"""' + body + '"""' + sep + rest


def _entry(key, value, indent:int)->list:
    "One `key: value,` of a dictionary, on as many lines as WIDTH needs"
    pad = ' ' * indent
    one = f"{pad}{key!r}: {value!r},"
    if len(one) <= WIDTH: return [one]
    if len(f"{pad}    {value!r},") <= WIDTH: return [f"{pad}{key!r}:", f"{pad}    {value!r},"]
    return [f"{pad}{key!r}: (", *[f"{pad}    {v!r}," for v in value], f"{pad}),"]


def wrap_modidx(text:str)->str:
    "_modidx.py's dictionary printed at WIDTH: one symbol a line (or two)"
    head, _, body = text.partition('d = ')
    d = ast.literal_eval(body)
    lines = ['d = {', "    'settings': {"]
    for k, v in d['settings'].items(): lines += _entry(k, v, 8)
    lines += ['    },', "    'syms': {"]
    for mod, syms in d['syms'].items():
        lines.append(f"        {mod!r}: {{")
        for k, v in syms.items(): lines += _entry(k, v, 12)
        lines.append('        },')
    lines += ['    },', '}']
    return head + '\n'.join(lines) + '\n'


if __name__ == '__main__':
    for f in sorted(PKG.rglob('*.py')):
        old = f.read_text()
        new = wrap_modidx(old) if f.name == '_modidx.py' else wrap_docstring(wrap_all(old))
        if f.name == '_modidx.py':
            assert ast.literal_eval(new.partition('d = ')[2]) == ast.literal_eval(old.partition('d = ')[2])
        if new != old: f.write_text(new)
