# Two entry points on a fresh machine: `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: build test lint typecheck unit system system-test clean golden eval-seed eval-quotes eval-events eval-docevents eval-stories eval-timeline eval-calibration fit-confidence

build: $(VENV)/.installed system
	$(BIN)/briefgen build

# Every test runs, the browser test included: the setup installs Chromium or says how to.
test: $(VENV)/.installed-test system-test lint typecheck
	BRIEFGEN_BROWSER_TEST=required $(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check briefgen tests benchmarks scripts
	$(BIN)/ruff format --check briefgen tests benchmarks scripts
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

# After an intended change to what the example project builds: rewrite tests/golden/, then
# read `git diff tests/golden` before committing it.
golden: $(VENV)/.installed-test system
	$(BIN)/pytest tests/test_golden.py --refresh-golden

# WeasyPrint needs Pango from the system: install it when we can, otherwise say what to install.
system:
	@$(PYTHON) scripts/check_system.py

system-test:
	@$(PYTHON) scripts/check_system.py --browser

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	touch $@

# An editable install leaves briefgen's own modules uncompiled (installing a wheel compiles
# them): compiled once here, no run compiles them again, even where Python writes no bytecode.
$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -m compileall -q briefgen
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.created
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q briefgen
	touch $@ $(VENV)/.installed

# Evaluations against ../shared (not part of `make test`: a user's clone has no ../shared).
eval-seed: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run.py seed --briefgen $(BIN)/briefgen

eval-quotes: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run.py quotes --briefgen $(BIN)/briefgen

eval-events: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run.py events --briefgen $(BIN)/briefgen

eval-docevents: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run_docevents.py --briefgen $(BIN)/briefgen

# The runner builds in a project folder of its own, so it needs the command's full path.
eval-stories: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run_stories.py --briefgen $(CURDIR)/$(BIN)/briefgen

# Key dates against Timeline17's human timelines; the runner builds in project folders of its own.
eval-timeline: $(VENV)/.installed
	$(PYTHON) ../shared/eval/run_timeline.py --briefgen $(CURDIR)/$(BIN)/briefgen

eval-calibration: $(VENV)/.installed
	$(BIN)/python benchmarks/calibration.py

# Refit the weights of an event's confidence (briefgen/data/confidence.yaml); prints how precise
# events at each confidence are, cross-validated by article.
fit-confidence: $(VENV)/.installed-test
	$(BIN)/python benchmarks/fit_confidence.py --write

clean:
	rm -rf $(VENV) out
