# Khyber Pass Kiosk — the two commands: `make run` and `make test`.
SHELL := /bin/bash
SWIFT      ?= swift
DATA       ?= .kiosk-data
DEMO_SIZE  ?= 20000
CONFIG     ?= KioskConfig/walk-in-kiosk.yaml
BENCH_SIZE ?= 1000000
BENCH_DATA ?= .build-bench-data
KIOSK_BIN   = .build/debug/khyber-kiosk
CENTRAL_BIN = .build/debug/khyber-central

## One build for both commands: `make run` and `make test` build the same thing (the debug configuration,
## products and tests), so whichever comes second finds it built. Every target may import only the
## targets and products it declares in Package.swift: the build fails otherwise. `make test` builds with
## the test database's variables set, as `swift test` then runs: a `swift test` whose environment differs
## from the last build's plans anew, and the next build then recompiles Hummingbird (minutes).
BUILD = $(SWIFT) build --build-tests --explicit-target-dependency-import-check error

.PHONY: run test bench setup build seed clean

## make run: set up, build, seed the demo registry on first run, then start an embedded central store
## in the background and the kiosk in front of it (the central stops when the kiosk exits).
run: setup build
	@if [ ! -f "$(DATA)/registry.sqlite" ]; then \
	  echo "First run: seeding a demo registry of $(DEMO_SIZE) citizens in $(DATA)"; \
	  $(KIOSK_BIN) seed --citizens $(DEMO_SIZE) --data "$(DATA)"; \
	fi
	@DEMO_CITIZENS=$(DEMO_SIZE) bash scripts/run-kiosk.sh "$(DATA)" "$(CONFIG)" $(KIOSK_BIN) $(CENTRAL_BIN)

## make test: set up, build, run every test (the central store's against a throw-away PostgreSQL too) in ONE
## `swift test`. Suites that block while they wait (terminal, processes), time async I/O, or burn CPU run
## off Swift's cooperative pool (Tests/TestScheduling), so none starves the async clients beside it. The pixel tests
## (xterm under Xvfb, screenshots: the QR with three decoders, every Arabic glyph's ink) run right after, on their own:
## beside 700 other tests a loaded 2-core machine draws the xterm too late for its screenshots.
test: setup
	@bash scripts/test-postgres.sh start
	@trap 'bash scripts/test-postgres.sh stop' EXIT; \
	  eval "$$(bash scripts/test-postgres.sh env)"; \
	  $(BUILD) && \
	  { $(SWIFT) test --skip-build --skip PixelTests 2>&1 | tee .build/test-output.txt; status=$${PIPESTATUS[0]}; \
	    $(SWIFT) test --skip-build --filter PixelTests 2>&1 | tee -a .build/test-output.txt; pixels=$${PIPESTATUS[0]}; \
	    exit $$(( status != 0 ? status : pixels )); }

## make bench: bench packages (whiptail), a release build of every product (its own tree, .build/release), seed $(BENCH_SIZE) citizens into $(BENCH_DATA), print the numbers.
## The sync section runs real khyber-central processes on SQLite and on a throw-away PostgreSQL (its own state file,
## so a `make test` running beside it keeps its server); without PostgreSQL it prints the SQLite rows only.
bench:
	@bash scripts/setup.sh bench
	$(SWIFT) build -c release
	@export KHYBER_PG_STATE=/tmp/khyber-pg-bench-$$(id -u).state; unset KHYBER_TEST_POSTGRES_URL; \
	  if bash scripts/test-postgres.sh start; then \
	    trap 'bash scripts/test-postgres.sh stop' EXIT; \
	    eval "$$(bash scripts/test-postgres.sh env)"; \
	  else echo "No throw-away PostgreSQL could be started: the sync section prints its SQLite rows only."; fi; \
	  .build/release/khyber-bench --data "$(BENCH_DATA)" --citizens $(BENCH_SIZE) $${KHYBER_TEST_POSTGRES_URL:+--postgres "$$KHYBER_TEST_POSTGRES_URL"}

setup:
	@bash scripts/setup.sh

build:
	$(BUILD)

clean:
	rm -rf .build "$(DATA)" "$(BENCH_DATA)"
