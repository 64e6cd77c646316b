# lsready: build, test and install with the Swift toolchain alone.
#   make install PREFIX=/usr/local      release build, installs $(PREFIX)/bin/lsready
#   make install PREFIX=$HOME/.local    without root
#   make test                           the whole test suite

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SWIFT ?= swift
INSTALL ?= install
# On Linux the release binary carries the Swift runtime and Foundation: it
# starts ~5 ms faster (no symbol resolution across a dozen shared libraries,
# a sixth of a small audit) and runs where no Swift toolchain is installed.
STATIC ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)

.PHONY: all build release install uninstall test clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release $(STATIC) --product lsready

install: release
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)"
	$(INSTALL) -m 0755 "$$($(SWIFT) build -c release $(STATIC) --show-bin-path)/lsready" "$(DESTDIR)$(BINDIR)/lsready"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/lsready"

test:
	$(SWIFT) test

clean:
	$(SWIFT) package clean
