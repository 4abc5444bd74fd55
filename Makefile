# Khyber Pass Kiosk — the two commands: `make run` and `make test`.
SHELL := /bin/bash
SWIFT      ?= swift
DATA       ?= .kiosk-data
DEMO_SIZE  ?= 20000
CONFIG     ?= KioskConfig/walk-in-kiosk.yaml
BENCH_SIZE ?= 1000000
BENCH_DATA ?= .build-bench-data
RELEASE_BIN = .build/release/khyber-kiosk
DEBUG_BIN   = .build/debug/khyber-kiosk

.PHONY: run test bench setup build build-release seed clean

## make run: set up, build, seed the demo registry on first run, then start the kiosk.
run: setup build-release
	@if [ ! -f "$(DATA)/registry.sqlite" ]; then \
	  echo "First run: seeding a demo registry of $(DEMO_SIZE) citizens in $(DATA)"; \
	  $(RELEASE_BIN) seed --citizens $(DEMO_SIZE) --data "$(DATA)"; \
	fi
	$(RELEASE_BIN) run --config "$(CONFIG)" --data "$(DATA)"

## make test: set up, build, run every test (the central store's against a throw-away PostgreSQL too).
test: setup
	@bash scripts/test-postgres.sh start
	@trap 'bash scripts/test-postgres.sh stop' EXIT; \
	  eval "$$(bash scripts/test-postgres.sh env)"; \
	  $(SWIFT) build && \
	  { $(SWIFT) test 2>&1 | tee .build/test-output.txt; exit $${PIPESTATUS[0]}; }

## make bench: bench packages (whiptail), release build, seed $(BENCH_SIZE) citizens into $(BENCH_DATA), print the numbers.
bench:
	@bash scripts/setup.sh bench
	$(SWIFT) build -c release --product khyber-bench
	$(SWIFT) build -c release --product khyber-kiosk
	.build/release/khyber-bench --data "$(BENCH_DATA)" --citizens $(BENCH_SIZE)

setup:
	@bash scripts/setup.sh

build:
	$(SWIFT) build

build-release:
	$(SWIFT) build -c release --product khyber-kiosk

clean:
	rm -rf .build "$(DATA)" "$(BENCH_DATA)"
