# Publishing to WordPress (docs/publish.md):
#   make test-wordpress   installs WordPress, MariaDB and PHP (Debian packages) when
#                         missing, then runs the tests against a throwaway site on
#                         127.0.0.1 (tests/wordpress_site.py). `make test` runs the same
#                         tests when the packages are there and skips them otherwise.

WORDPRESS_PACKAGES := wordpress mariadb-server php-cli php-mysql

.PHONY: test-wordpress
test-wordpress: deps
	@sh scripts/system-deps.sh $(WORDPRESS_PACKAGES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs tests/test_publish_wordpress.py tests/test_ui_publish.py tests/test_core_publish.py
