# The README's two commands and the install step. Each target first installs the
# system libraries hitc builds against when they are missing
# (scripts/install-deps.sh says what it installs, and does nothing otherwise).
#
#   make            build hitc (release) and the example bundle into out/
#   make test       the test suite (HITC_DATASETS=DIR adds the unshipped datasets)
#   make install    copy hitc to $(BINDIR) (default /usr/local/bin)

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SPEC ?= Specs/grocery-search-relevance/spec.yaml
# A static Swift standard library: the binary runs without the toolchain's
# libraries and starts about 10 ms faster (docs/performance.md).
RELEASE := -c release --static-swift-stdlib
HITC = $(shell swift build $(RELEASE) --show-bin-path)/hitc

.PHONY: example build test install uninstall deps clean

example: build
	$(HITC) build $(SPEC)

build: deps
	swift build $(RELEASE) --product hitc

test: deps
	swift test

install: build
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 755 "$(HITC)" "$(DESTDIR)$(BINDIR)/hitc"
	@echo "installed $(DESTDIR)$(BINDIR)/hitc"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/hitc"

deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build out
