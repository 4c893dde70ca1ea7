# Eleventy for tests/test_export_eleventy.py: Debian has no package, so npm puts it
# into .cache/eleventy (not on PATH, not global). Hugo and Jekyll come from apt.
ELEVENTY_VERSION ?= 3

.PHONY: eleventy
eleventy:
	@command -v npm >/dev/null || { echo "npm is missing: apt-get install npm"; exit 1; }
	npm install --prefix .cache/eleventy --no-audit --no-fund --silent @11ty/eleventy@$(ELEVENTY_VERSION)
