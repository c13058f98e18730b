# The two commands of the README: `make test` and `make report`. Both create .venv when missing.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
# Where the data lives: $GENREPLAY_DATA if set, else ../shared/data when it exists (the offline development
# machines), else empty, which lets the package use its per-user cache and download the files.
GENREPLAY_DATA ?= $(shell [ -d ../shared/data ] && cd ../shared/data && pwd)
export GENREPLAY_DATA
QUICK_OUT ?= /tmp/genreplay_quick_report

.PHONY: install export test test-slow report quick-report results beyond check clean-check export-check readme readme-check docs bench wheel-check

$(BIN)/.installed: setup.py settings.ini
	[ -x $(BIN)/python ] || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

install: $(BIN)/.installed

test: install
	$(BIN)/python -m pytest tests -q -p no:cacheprovider

test-slow: install
	GENREPLAY_TEST_FLAGS="slow" $(BIN)/python -m pytest tests -q -p no:cacheprovider

report: install
	$(BIN)/genreplay report --out report_out

quick-report: install
	rm -rf $(QUICK_OUT) && $(BIN)/genreplay report --preset quick --out $(QUICK_OUT)
	$(BIN)/python tools/check_report.py $(QUICK_OUT)

publish-report: install
	$(BIN)/python tools/publish_report.py report_out

# the built wheel installed alone in a fresh venv outside the checkout runs `genreplay report --preset smoke`
wheel-check: install
	bash tools/wheel_check.sh

# Table 1, best and wide (5 seeds each) again with today's engine, compared with the committed ones (about an hour)
results: install
	OMP_NUM_THREADS=1 $(BIN)/python bench/experiments/regenerate.py --out regen --workers 2 --json results/regen/compare.json

# the Beyond Split MNIST page's runs (Split MNIST in task- and domain-IL and with a conv classifier, Permuted MNIST,
# Split CIFAR-10 on EfficientNet-Lite0 features and from scratch); the reference library: bench/experiments/reference.py;
# runs already in results/ are read from the cache, not trained again
beyond: install
	OMP_NUM_THREADS=1 GENREPLAY=$(BIN)/genreplay bash bench/experiments/beyond_mnist.sh
	OMP_NUM_THREADS=1 GENREPLAY=$(BIN)/genreplay bash bench/experiments/beyond_cifar.sh
	OMP_NUM_THREADS=1 GENREPLAY=$(BIN)/genreplay bash bench/experiments/beyond_permuted.sh
	OMP_NUM_THREADS=1 GENREPLAY=$(BIN)/genreplay bash bench/experiments/beyond_cifar_scratch.sh
	OMP_NUM_THREADS=1 $(BIN)/genreplay run --preset best --model conv --mlp-hidden 16 32 --sharpen 3 \
		--seed 0 1 2 3 4 --no-stack --out results/beyond/splitmnist_conv --quiet

bench: install
	$(BIN)/python bench/speed/bench_run.py

clean-check: install
	$(BIN)/nbdev_clean && git diff --quiet -- nbs || { git diff --stat -- nbs; echo "notebooks are not clean: run nbdev_clean and commit"; exit 1; }

# nbdev_export, and the report notebook copied into the package (genreplay report runs that copy, also from a wheel)
export: install
	$(BIN)/nbdev_export && cp nbs/09_report.ipynb genreplay_nb/report.ipynb

export-check: export
	[ -z "$$(git status --porcelain -- genreplay_nb)" ] || { git status --porcelain -- genreplay_nb; echo "genreplay_nb/ is out of sync with nbs/: run make export and commit"; exit 1; }

readme: install
	$(BIN)/python tools/make_readme.py
	$(BIN)/python tools/results_readme.py

readme-check: install
	$(BIN)/python tools/make_readme.py --check
	$(BIN)/python tools/results_readme.py --check

check: clean-check export-check readme-check

docs: install
	$(BIN)/python tools/build_docs.py

# needs Debian's chromium (apt-get install -y chromium) and node; run after `make docs`
docs-check:
	$(BIN)/python tools/check_site.py
