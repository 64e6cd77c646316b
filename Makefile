# lsready: build, test and install with the Swift toolchain alone.
#   make install PREFIX=/usr/local      release build, installs $(PREFIX)/bin/lsready
#   make install PREFIX=$HOME/.local    without root
#   make test                           the whole test suite

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SWIFT ?= swift
INSTALL ?= install

.PHONY: all build release install uninstall test clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product lsready

install: release
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)"
	$(INSTALL) -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/lsready" "$(DESTDIR)$(BINDIR)/lsready"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/lsready"

test:
	$(SWIFT) test

clean:
	$(SWIFT) package clean
