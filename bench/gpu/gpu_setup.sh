# Sourced by the GPU scripts (bench/gpu/gpu_check.sh, bench/gpu/gpu_search.sh) on a lent GPU machine whose image has torch and
# torchvision but neither this package nor fastcore. The repository travels as a working tree; MNIST's raw files travel
# gzipped in .gpu_data/ and fastcore's wheel in .whl/ (both ignored through .git/info/exclude), made here with
#   mkdir -p .gpu_data && for f in ../shared/data/MNIST/raw/*-ubyte; do gzip -c $f > .gpu_data/$(basename $f).gz; done
#   python -m pip download --no-deps --only-binary=:all: -d .whl fastcore==1.14.5
# Writes nothing: sourced by the GPU scripts; read by no page.
mkdir -p /tmp/data/MNIST/raw
for f in .gpu_data/*.gz; do gunzip -c $f > /tmp/data/MNIST/raw/$(basename $f .gz); done
if [ -d .gpu_data/FashionMNIST ]; then     # optional: Fashion-MNIST's raw files, gzipped the same way
  mkdir -p /tmp/data/FashionMNIST/raw
  for f in .gpu_data/FashionMNIST/*.gz; do gunzip -c $f > /tmp/data/FashionMNIST/raw/$(basename $f .gz); done
fi
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl/*.whl
export GENREPLAY_DATA=/tmp/data PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch,torchvision;print(torch.__version__, torchvision.__version__, torch.cuda.get_device_name())"
step() { echo "== $(date +%T) $*"; }
