"""(The previous engine's: it batched a stack's members, and this script needs its models.stack_models. Run it from a
worktree of commit 9f5d11a, e.g. `git worktree add ../old 9f5d11a`; today's engine runs members one after another.)

Operations (kernel launches, on a GPU) and host synchronisations per training step, from torch.profiler.

Writes results/speed/profile_step_cpu.json (results/gpu/check/profile_step_gpu.json on a GPU); read by nbs/13_results.ipynb.

    python bench/speed/profile_step.py                              # best and report presets, small tasks, 1 and 5 members
    python bench/speed/profile_step.py --json results/speed/profile_step_cpu.json

It profiles the GPU's path (models.BATCHED_MATMUL = True: one batched product per layer for a stack) on whatever
device it runs: the classifier's and the VAE's fits of the second task (replay is active there) of a small run
(max_per_task 1024, 2 epochs of each model). Counted per fit:
- leaf operations per step: aten operators with no aten operator inside them, which is what launches a kernel on
  a GPU (on a GPU the script also counts cudaLaunchKernel calls);
- host synchronisations: reads of a device value by the host (aten::_local_scalar_dense: .item(), bool(tensor)),
  and aten::nonzero / aten::unique, which wait for the device to know their output size. The fit loop reads two
  values at the end of every epoch (the finite-loss check and the progress bar), so syncs = 2 x epochs means none
  inside an epoch. On a CPU, fused Adam reads its step count (a CPU tensor) with item(): host memory, no device,
  counted apart (cpu_adam_step_reads); on a GPU fused Adam keeps the count on the device and reads it there.
Steps run eagerly (training.CUDA_GRAPHS = False): the counts are what a CUDA graph replays with one launch.
"""
import argparse, json, sys
import torch
from torch.profiler import profile, ProfilerActivity
from genreplay_nb.config import preset_config
from genreplay_nb.learner import Learner, Callback
from genreplay_nb.callbacks import default_cbs
from genreplay_nb import models, training

SYNC = ('aten::_local_scalar_dense', 'aten::nonzero', 'aten::_unique2', 'aten::unique_dim', 'aten::_unique')

class ProfileFits(Callback):
    "Profile every fit of task `task`"
    order = -1
    def __init__(self, task=1): self.task, self.rows = task, {}
    def before_fit(self, L):
        if L.t != self.task: return
        acts = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if L.dev.type == 'cuda' else [])
        self.prof = profile(activities=acts); self.prof.__enter__()
    def after_fit(self, L):
        if L.t != self.task: return
        self.prof.__exit__(None, None, None); ev = self.prof.events()
        epochs, steps = L.loss.shape[0], L.loss.shape[0] * L.loss.shape[1]
        leaf = [e for e in ev if e.name.startswith('aten::') and not any(c.name.startswith('aten::') for c in e.cpu_children)]
        adam = lambda e: e.cpu_parent is not None and e.cpu_parent.cpu_parent is not None and 'fused_adam' in e.cpu_parent.cpu_parent.name
        syncs = sum(e.name in SYNC and not (L.dev.type == 'cpu' and adam(e)) for e in ev)
        adam_reads = sum(e.name in SYNC and adam(e) for e in ev)
        self.rows[L.part] = dict(epochs=epochs, steps=steps, leaf_ops_per_step=round(len(leaf) / steps, 1),
                                 cuda_launches_per_step=round(sum(e.name == 'cudaLaunchKernel' for e in ev) / steps, 1),
                                 syncs=syncs, syncs_inside_epochs=syncs - 2 * epochs, cpu_adam_step_reads=adam_reads)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--presets', nargs='+', default=['best', 'report']); p.add_argument('--members', nargs='+', type=int, default=[1, 5])
    p.add_argument('--device', default='auto'); p.add_argument('--json'); ns = p.parse_args()
    models.BATCHED_MATMUL = True     # the GPU's path (one batched product per layer), also when profiled on a CPU
    training.CUDA_GRAPHS = False     # eager steps: what a graph would have to launch one by one
    out = dict(command=' '.join(['python', *sys.argv]), threads=torch.get_num_threads(), batched_matmul=True, runs=[])
    for preset in ns.presets:
        for n in ns.members:
            cfgs = [preset_config(preset, seed=s, max_per_task=1024, vae_epochs=2, mlp_epochs=2, n_replay=1024, device=ns.device) for s in range(n)]
            cb = ProfileFits(); L = Learner(cfgs, default_cbs() + [cb], progress=False, stack=n > 1); L.run()
            for part, r in cb.rows.items():
                row = dict(preset=preset, members=n, part=part, device=str(L.dev), **r); out['runs'].append(row)
                launch = f", {r['cuda_launches_per_step']} launches/step" if L.dev.type == 'cuda' else ''
                print(f"{preset:6s} {n} member(s) {part:10s}: {r['leaf_ops_per_step']:6.1f} ops/step"
                      f"{launch}, "
                      f"{r['syncs']} host syncs in {r['epochs']} epochs of {r['steps'] // r['epochs']} steps ({r['syncs_inside_epochs']} inside epochs)")
    if ns.json: open(ns.json, 'w').write(json.dumps(out, indent=1) + '\n')
