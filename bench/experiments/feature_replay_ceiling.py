"""How good can replay from a generator be on CIFAR10-Lite0 features? No continual learning here: each generator is
fitted to all the training features at once, 1,000 features per class are sampled from it, the MLP head (400-400,
5 epochs, as in the runs) is trained on those samples only, and it is tested on the real test features. The gap to
the head trained on the real features bounds what replay from that generator can give.

    OMP_NUM_THREADS=1 python bench/experiments/feature_replay_ceiling.py --json results/beyond/cifar_features/ceiling.json

Generators: the package's class-conditional VAE (Bernoulli decoder, as generative replay uses it; latent 32,
512-256, 100 epochs) and one Gaussian per class with the shared covariance (SLDA's statistics). Also printed: the
mean within-class standard deviation per feature of real and generated features. Read by nbs/14_beyond.ipynb.
"""
import argparse, json, sys, time
from pathlib import Path
import torch
from genreplay_nb.datasets import cifar10_lite0
from genreplay_nb.models import VAE, MLP
from genreplay_nb.training import clf_step, vae_step

def head_accuracy(xs, ys, xt, yt, seed, epochs=5):
    "Train the MLP head on (xs, ys), return its accuracy on (xt, yt)"
    torch.manual_seed(seed)
    m = MLP(xs.shape[1], (400, 400), 10)
    opt = torch.optim.Adam(m.parameters(), 1e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(xs), generator=g)
        for b in perm.split(128): clf_step(m, opt, xs[b], ys[b])
    with torch.no_grad(): return (m(xt).argmax(1) == yt).float().mean().item()

def class_means(x, y): return torch.stack([x[y == c].mean(0) for c in range(10)])

def spread(x, y):
    "Mean over features of the within-class standard deviation"
    return (x - class_means(x, y)[y]).std(0).mean().item()

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--latent', type=int, default=32)
    p.add_argument('--epochs', type=int, default=100)
    p.add_argument('--json')
    a = p.parse_args()
    d = cifar10_lite0()
    x, y, xt, yt = d.train.x, d.train.y, d.test.x, d.test.y
    g = torch.Generator().manual_seed(a.seed)
    ys = torch.arange(10).repeat_interleave(1000)
    out = dict(command=' '.join(['python', 'bench/experiments/feature_replay_ceiling.py', *sys.argv[1:]]),
               data_note=d.note, threads=torch.get_num_threads(), seed=a.seed)
    out['real'] = dict(acc=head_accuracy(x, y, xt, yt, a.seed), within_class_std=spread(x, y))
    print('real features:', out['real'], flush=True)
    torch.manual_seed(a.seed)
    v = VAE(x.shape[1], (512, 256), a.latent, 10)
    opt = torch.optim.Adam(v.parameters(), 1e-3)
    t0 = time.perf_counter()
    for _ in range(a.epochs):
        for b in torch.randperm(len(x), generator=g).split(128): vae_step(v, opt, x[b], g, y[b])
    xs = v.sample(len(ys), g, ys)
    out['vae'] = dict(acc=head_accuracy(xs, ys, xt, yt, a.seed), within_class_std=spread(xs, ys), latent=a.latent,
                      epochs=a.epochs, hidden=[512, 256], seconds=round(time.perf_counter() - t0))
    print('VAE samples:', out['vae'], flush=True)
    mu = class_means(x, y)
    xc = x - mu[y]
    chol = torch.linalg.cholesky(xc.T @ xc / len(x) + 1e-4*torch.eye(x.shape[1]))
    xg = mu[ys] + torch.randn(len(ys), x.shape[1], generator=g) @ chol.T
    out['gaussian'] = dict(acc=head_accuracy(xg, ys, xt, yt, a.seed), within_class_std=spread(xg, ys))
    print('Gaussian samples (shared covariance):', out['gaussian'], flush=True)
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps(out, indent=1) + '\n')
