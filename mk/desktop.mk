# Desktop integration for the current user, no root needed:
#   make install-desktop     application menu entry, "Open with" for .md files, icons
#   make uninstall-desktop   removes exactly the files install-desktop put there
#
# Variables (override on the command line):
#   DESKTOP_DATA_HOME  where the files go; default $XDG_DATA_HOME or ~/.local/share
#   DESTDIR            staging prefix for packagers; set, it also skips cache refreshes
#   DESKTOP_EXEC       the command the menu entry runs; default `feder` when it is on
#                      PATH (pipx install .), else this checkout's .venv/bin/feder

DESKTOP_ID        := io.github.feder.Feder
DESKTOP_SRC       := resources/desktop
DESKTOP_ICON_SRC  := resources/icons
DESKTOP_SIZES     := 16 24 32 48 64 128 256 512
DESKTOP_DATA_HOME ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)
DESKTOP_ROOT       = $(DESTDIR)$(DESKTOP_DATA_HOME)
DESKTOP_EXEC      ?= $(if $(shell command -v feder 2>/dev/null),feder,$(if $(wildcard $(CURDIR)/.venv/bin/feder),$(CURDIR)/.venv/bin/feder,feder))

# Every file install-desktop writes, relative to DESKTOP_ROOT; uninstall removes this list.
DESKTOP_FILES := \
	applications/$(DESKTOP_ID).desktop \
	metainfo/$(DESKTOP_ID).metainfo.xml \
	icons/hicolor/scalable/apps/$(DESKTOP_ID).svg \
	$(foreach s,$(DESKTOP_SIZES),icons/hicolor/$(s)x$(s)/apps/$(DESKTOP_ID).png)

install-desktop:
	@case "$(DESKTOP_EXEC)" in *" "*) echo "DESKTOP_EXEC must not contain spaces: $(DESKTOP_EXEC)" >&2; exit 1;; esac
	@command -v "$(DESKTOP_EXEC)" >/dev/null 2>&1 || echo "Note: '$(DESKTOP_EXEC)' is not on PATH, so the menu entry stays hidden until Feder is installed (pipx install .) or you pass DESKTOP_EXEC=/path/to/feder." >&2
	install -d "$(DESKTOP_ROOT)/applications" "$(DESKTOP_ROOT)/metainfo" "$(DESKTOP_ROOT)/icons/hicolor/scalable/apps"
	sed -e 's|^Exec=feder |Exec=$(DESKTOP_EXEC) |' -e 's|^TryExec=feder$$|TryExec=$(DESKTOP_EXEC)|' \
		"$(DESKTOP_SRC)/$(DESKTOP_ID).desktop" > "$(DESKTOP_ROOT)/applications/$(DESKTOP_ID).desktop.tmp"
	chmod 644 "$(DESKTOP_ROOT)/applications/$(DESKTOP_ID).desktop.tmp"
	mv -f "$(DESKTOP_ROOT)/applications/$(DESKTOP_ID).desktop.tmp" "$(DESKTOP_ROOT)/applications/$(DESKTOP_ID).desktop"
	install -m 644 "$(DESKTOP_SRC)/$(DESKTOP_ID).metainfo.xml" "$(DESKTOP_ROOT)/metainfo/$(DESKTOP_ID).metainfo.xml"
	install -m 644 "$(DESKTOP_ICON_SRC)/feder.svg" "$(DESKTOP_ROOT)/icons/hicolor/scalable/apps/$(DESKTOP_ID).svg"
	@for s in $(DESKTOP_SIZES); do \
		install -D -m 644 "$(DESKTOP_ICON_SRC)/feder-$$s.png" "$(DESKTOP_ROOT)/icons/hicolor/$${s}x$${s}/apps/$(DESKTOP_ID).png" || exit 1; \
	done
	@$(MAKE) --no-print-directory desktop-refresh-caches
	@echo "Feder is in the application menu (Exec=$(DESKTOP_EXEC)); remove it with: make uninstall-desktop"

uninstall-desktop:
	rm -f $(foreach f,$(DESKTOP_FILES),"$(DESKTOP_ROOT)/$(f)")
	@$(MAKE) --no-print-directory desktop-refresh-caches

# The desktop database maps text/markdown to Feder for "Open with"; the icon cache is
# only refreshed where one exists (a new cache would hide icons other programs add
# later without refreshing it). Staged installs (DESTDIR) leave caches to the package.
desktop-refresh-caches:
	@if [ -z "$(DESTDIR)" ]; then \
		if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$(DESKTOP_ROOT)/applications" ]; then \
			update-desktop-database -q "$(DESKTOP_ROOT)/applications" || true; fi; \
		if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$(DESKTOP_ROOT)/icons/hicolor/icon-theme.cache" ]; then \
			gtk-update-icon-cache -q -t -f "$(DESKTOP_ROOT)/icons/hicolor" || true; fi; \
		for k in kbuildsycoca6 kbuildsycoca5; do \
			if command -v $$k >/dev/null 2>&1; then $$k >/dev/null 2>&1 || true; break; fi; done; \
	fi

.PHONY: desktop-refresh-caches
